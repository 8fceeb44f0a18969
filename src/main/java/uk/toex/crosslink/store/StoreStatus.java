package uk.toex.crosslink.store;

import java.util.function.Predicate;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.kernel.api.exceptions.Status;

/** The store's status code of a failure, however wrapped: from the driver over Bolt or from the engine in-process. */
final class StoreStatus {

    private StoreStatus() {
    }

    static boolean anyCode(Throwable failure, Predicate<String> code) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Neo4jException neo4j && neo4j.code() != null && code.test(neo4j.code())) {
                return true;
            }
            if (t instanceof Status.HasStatus embedded && code.test(embedded.status().code().serialize())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
