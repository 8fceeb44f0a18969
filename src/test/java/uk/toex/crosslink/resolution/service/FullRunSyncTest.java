package uk.toex.crosslink.resolution.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.resolution.engine.EngineResult.ScoredPair;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.TestNeo4j;

@CrosslinkTest
class FullRunSyncTest {

    @Autowired
    Driver driver;

    @Autowired
    ResolutionService resolution;

    @Autowired
    FullRunSync sync;

    @BeforeEach
    void resolvedStore() {
        TestNeo4j.clear();
        resolution.reset();
        StoreFixtures.run(driver, "lakatos-family");
        resolution.resolveAll(false, ProgressListener.silent());
    }

    @Test
    void aSecondFullRunRemovesStaleLinksAndReviewItemsAndRewritesNothingElse() {
        List<List<Object>> links = rows("MATCH (a)-[l:RESOLUTION_LINK]->(b) RETURN a.key, b.key, l.probability, l.resolvedAt ORDER BY a.key, b.key");
        assertThat(links).isNotEmpty();
        run("MATCH (a:PersonRecord {key: 'NORFOLK/ATHENA/2'}), (b:PersonRecord {key: 'KENT/ATHENA/K2'}) "
                + "CREATE (a)-[:RESOLUTION_LINK {probability: 0.99}]->(b) "
                + "CREATE (:ReviewItem {id: 'KENT/ATHENA/K2|NORFOLK/ATHENA/2', recordA: 'KENT/ATHENA/K2', recordB: 'NORFOLK/ATHENA/2', probability: 0.5})");

        resolution.resolveAll(false, ProgressListener.silent());

        assertThat(rows("MATCH (a)-[l:RESOLUTION_LINK]->(b) RETURN a.key, b.key, l.probability, l.resolvedAt ORDER BY a.key, b.key"))
                .as("the same links, not even rewritten (same resolvedAt)").isEqualTo(links);
        assertThat(rows("MATCH (i:ReviewItem {id: 'KENT/ATHENA/K2|NORFOLK/ATHENA/2'}) RETURN i")).isEmpty();
    }

    @Test
    void writesAChangedProbabilityAndReportsWhatChanged() {
        List<List<Object>> link = rows("MATCH (a)-[l:RESOLUTION_LINK]->(b) RETURN a.key, b.key, l.probability LIMIT 1");
        String a = (String) link.get(0).get(0);
        String b = (String) link.get(0).get(1);

        long stored = (Long) rows("MATCH ()-[l:RESOLUTION_LINK]->() RETURN count(l)").get(0).get(0);
        assertThat(stored).isGreaterThan(1);

        assertThat(sync.links(List.of(new ScoredPair(a, b, 0.42, false)))).as("one changed, the others removed")
                .isEqualTo((int) stored);
        assertThat(rows("MATCH ()-[l:RESOLUTION_LINK]->() RETURN l.probability")).containsExactly(List.of(0.42));
        assertThat(sync.links(List.of(new ScoredPair(a, b, 0.42, false)))).isZero();
    }

    private List<List<Object>> rows(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).list(r -> r.values().stream().map(v -> v.asObject()).toList());
        }
    }

    private void run(String cypher) {
        try (var session = driver.session()) {
            session.run(cypher).consume();
        }
    }
}
