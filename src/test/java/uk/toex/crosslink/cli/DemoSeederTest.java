package uk.toex.crosslink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.TestNeo4j;

/** --demo seeding fills an empty store through the real ingest, and never touches a store with data. */
@CrosslinkTest
class DemoSeederTest {

    @Autowired
    IngestService ingest;
    @Autowired
    CypherRunner cypher;

    @BeforeEach
    void clear() {
        TestNeo4j.clear();
    }

    @Test
    void seedsAnEmptyStoreWithEveryPersonRecordOfTheGeneratedWorld() throws IOException {
        assertThat(new DemoSeeder(ingest, cypher, 400, 9).seed()).isTrue();
        assertThat(count("MATCH (r:PersonRecord) RETURN count(r) AS n")).isEqualTo(400);
        // 14 extracts of the generated world, and the later Norfolk extract that gives the demo a record history
        assertThat(count("MATCH (b:Batch) RETURN count(b) AS n")).isEqualTo(15);
        assertThat(count("MATCH (b:Batch) WHERE b.rejected > 0 RETURN count(b) AS n")).isZero();
        assertThat(count("MATCH (:OrganisedCrimeGroup) RETURN count(*) AS n")).isPositive();
    }

    @Test
    void leavesAStoreThatHoldsRecordsAlone() throws IOException {
        new DemoSeeder(ingest, cypher, 200, 9).seed();
        assertThat(new DemoSeeder(ingest, cypher, 200, 10).seed()).isFalse();
        assertThat(count("MATCH (r:PersonRecord) RETURN count(r) AS n")).isEqualTo(200);
    }

    private static long count(String query) {
        return TestNeo4j.get().defaultDatabaseService().executeTransactionally(query, java.util.Map.of(),
                result -> (Long) result.next().get("n"));
    }
}
