package uk.toex.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void appliesEveryConstraintFromSchemaFilesIdempotently() {
        schema.apply();
        try (var session = driver.session()) {
            var names = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
                    .single().get("names").asList(v -> v.asString());
            assertThat(names).contains("person_record_key", "person_id", "phone_e164");
        }
    }
}
