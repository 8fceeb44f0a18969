package uk.toex.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.support.CrosslinkTest;

@CrosslinkTest
class SchemaInitializerTest {

    @Autowired
    Driver driver;

    @Autowired
    SchemaInitializer schema;

    @Autowired
    StoreStatements statements;

    @Autowired
    CypherLibrary library;

    @Test
    void appliesEveryConstraintFromSchemaFilesIdempotently() {
        schema.apply();
        assertThat(names("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names"))
                .contains("person_record_key", "person_id", "phone_e164");
    }

    @Test
    void aStoreThatAlreadyHoldsTheSchemaIsSeenAsSuch() {
        schema.apply();
        assertThat(inPlace()).isTrue();
    }

    @Test
    void recreatesAnIndexTheStoreLostAlthoughEveryOtherIsThere() {
        schema.apply();
        run("DROP INDEX audit_event_at");
        assertThat(inPlace()).isFalse();

        new SchemaInitializer(statements, library).apply();

        assertThat(names("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names"))
                .contains("audit_event_at");
        assertThat(inPlace()).isTrue();
    }

    @Test
    void dropsAnIndexTheSchemaFilesDropWhenAStoreStillHasIt() {
        schema.apply();
        run("CREATE INDEX person_record_force IF NOT EXISTS FOR (r:PersonRecord) ON (r.force)");
        assertThat(inPlace()).isFalse();

        new SchemaInitializer(statements, library).apply();

        assertThat(names("SHOW INDEXES YIELD name RETURN collect(name) AS names")).doesNotContain("person_record_force");
    }

    private boolean inPlace() {
        Map<String, String> indexes = new java.util.HashMap<>();
        try (var session = driver.session()) {
            session.run("SHOW INDEXES YIELD name, state RETURN name, state")
                    .forEachRemaining(r -> indexes.put(r.get("name").asString(), r.get("state").asString()));
        }
        return SchemaNames.of(SchemaInitializer.statements()).allIn(indexes,
                java.util.Set.copyOf(names("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")));
    }

    private List<String> names(String show) {
        try (var session = driver.session()) {
            return session.run(show).single().get("names").asList(v -> v.asString());
        }
    }

    private void run(String statement) {
        try (var session = driver.session()) {
            session.run(statement).consume();
        }
    }
}
