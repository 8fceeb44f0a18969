package uk.toex.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaNamesTest {

    private static final List<String> STATEMENTS = List.of(
            "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE",
            "CREATE INDEX address_postcode IF NOT EXISTS FOR (a:Address) ON (a.postcode)",
            "CREATE FULLTEXT INDEX person_record_search IF NOT EXISTS FOR (r:PersonRecord) ON EACH [r.searchText]\n"
                    + "  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
            "DROP INDEX person_record_force IF EXISTS");

    @Test
    void readsTheNamesEveryShippedSchemaStatementCreatesOrDrops() {
        SchemaNames names = SchemaNames.of(SchemaInitializer.statements());

        assertThat(names.unknown()).isFalse();
        assertThat(names.constraints()).contains("person_record_key", "person_id", "audit_event_id");
        assertThat(names.indexes()).contains("source_record_force", "person_record_search", "audit_event_at");
        assertThat(names.dropped()).containsExactly("person_record_force");
    }

    @Test
    void aStoreWithEveryNameOnlineAndNoDroppedOneNeedsNothing() {
        assertThat(SchemaNames.of(STATEMENTS).allIn(
                Map.of("person_id", "ONLINE", "address_postcode", "ONLINE", "person_record_search", "ONLINE"),
                Set.of("person_id"))).isTrue();
    }

    @Test
    void anIndexStillPopulatingOrMissingOrADroppedOneStillThereMeansTheStatementsRun() {
        SchemaNames names = SchemaNames.of(STATEMENTS);
        Set<String> constraints = Set.of("person_id");

        assertThat(names.allIn(Map.of("person_id", "ONLINE", "address_postcode", "POPULATING",
                "person_record_search", "ONLINE"), constraints)).isFalse();
        assertThat(names.allIn(Map.of("person_id", "ONLINE", "address_postcode", "ONLINE"), constraints)).isFalse();
        assertThat(names.allIn(Map.of("person_id", "ONLINE", "address_postcode", "ONLINE",
                "person_record_search", "ONLINE", "person_record_force", "FAILED"), constraints)).isFalse();
        assertThat(names.allIn(Map.of("address_postcode", "ONLINE", "person_record_search", "ONLINE"), Set.of()))
                .isFalse();
    }

    @Test
    void aStatementOfAnyOtherShapeMeansTheStatementsRun() {
        SchemaNames names = SchemaNames.of(List.of("CREATE INDEX FOR (a:Address) ON (a.town)"));

        assertThat(names.unknown()).isTrue();
        assertThat(names.allIn(Map.of(), Set.of())).isFalse();
    }
}
