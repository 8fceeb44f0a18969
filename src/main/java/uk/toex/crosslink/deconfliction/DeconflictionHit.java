package uk.toex.crosslink.deconfliction;

import java.util.List;
import uk.toex.crosslink.graph.GraphNode;

/**
 * One force, or one of its operations, holding the subject (GraphQL {@code DeconflictionHit}).
 *
 * @param operation the operation, null when the force holds the subject outside any operation
 * @param personId  the resolved person the hit is about, null when it is not about a person
 * @param via       each way the subject reaches this hit, in words
 */
public record DeconflictionHit(String force, GraphNode operation, String personId, List<String> via) {

    /** Open operations first, then closed ones, then holdings outside any operation; then by force. */
    int rank() {
        if (operation == null) {
            return 2;
        }
        return "OPEN".equalsIgnoreCase(String.valueOf(operation.props().get("status"))) ? 0 : 1;
    }

    String operationKey() {
        return operation == null ? "" : operation.key();
    }
}
