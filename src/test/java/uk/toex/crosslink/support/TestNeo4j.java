package uk.toex.crosslink.support;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One Neo4j harness per test JVM: starting one costs seconds, reusing it costs nothing.
 * Tests clean the data they made with {@link #clear()}; the schema stays.
 */
public final class TestNeo4j {

    private static Neo4j instance;

    private TestNeo4j() {
    }

    public static synchronized Neo4j get() {
        if (instance == null) {
            instance = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }

    public static String boltUri() {
        return get().boltURI().toString();
    }

    /** Deletes every node and relationship, keeping constraints and indexes. */
    public static void clear() {
        get().defaultDatabaseService().executeTransactionally(
                "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
    }
}
