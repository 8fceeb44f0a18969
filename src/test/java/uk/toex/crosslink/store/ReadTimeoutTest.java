package uk.toex.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * A read that runs longer than the store timeout is stopped by the store (the harness, in the test
 * service's own process as the embedded store is in production; the Bolt path's own test is StoreStatementsTest) and answered with a clear GraphQL error,
 * rather than left running after the GraphQL layer gave up on it.
 */
@CrosslinkTest
class ReadTimeoutTest {

    @Autowired
    GraphQlTesters graphQl;
    @Autowired
    CypherRunner cypher;

    @BeforeEach
    void enoughNodesForAnHoursLongCartesianProduct() {
        TestNeo4j.clear();
        TestNeo4j.get().defaultDatabaseService().executeTransactionally("UNWIND range(1, 100) AS i CREATE (:SlowRead {i: i})");
    }

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @Test
    void aReadLongerThanTheStoreTimeoutIsStoppedWithAClearGraphQlError() {
        graphQl.analyst("NORFOLK").document("{ testSlowRead }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("TIMEOUT");
                    assertThat(error.getMessage()).isEqualTo("stopped: reading /testSlowRead took longer than the store"
                            + " allows (1s); ask for less (smaller pages, fewer nested lists)");
                    assertThat(error.getPath()).isEqualTo("testSlowRead");
                }))
                .path("testSlowRead").valueIsNull();
    }

    @Test
    void everyReadOfTheServiceCarriesTheConfiguredStoreTimeout() {
        assertThat(cypher.readTimeout()).isEqualTo(Duration.ofSeconds(60));
    }
}
