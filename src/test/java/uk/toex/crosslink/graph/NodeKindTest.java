package uk.toex.crosslink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link NodeKind} is the one list of node kinds: every Cypher file, fragment and schema type
 * that names kinds must agree with it, so a missing or misnamed file fails here and not on the
 * first request that needs it.
 */
class NodeKindTest {

    private static Set<String> types(boolean onlyVersioned) {
        return Arrays.stream(NodeKind.values()).filter(k -> !onlyVersioned || k.versioned())
                .map(NodeKind::type).collect(Collectors.toSet());
    }

    @Test
    void everyKindHasItsNodeQueryAndEveryNodeQueryIsAKind() {
        assertThat(CypherFiles.in("queries/nodes")).containsExactlyInAnyOrderElementsOf(types(false));
        assertThat(NodeKind.PHONE.nodeQuery()).isEqualTo("queries/nodes/Phone");
    }

    @Test
    void exactlyTheVersionedKindsHaveAVersionsQuery() {
        assertThat(CypherFiles.in("queries/versions")).containsExactlyInAnyOrderElementsOf(types(true));
        assertThat(NodeKind.OFFENCE.versionsQuery()).isEqualTo("queries/versions/Offence");
    }

    @Test
    void theNodeProjectionKnowsEveryKind() {
        assertThat(CypherFiles.labelsListedIn("node")).containsExactlyInAnyOrderElementsOf(types(false));
    }

    @Test
    void theRecordProjectionKnowsOnlyKindsAndEveryVersionedOneButAddressRecords() {
        Set<String> listed = CypherFiles.labelsListedIn("record-node");
        assertThat(types(false)).containsAll(listed);
        // address records are served without their person: node.cypher projects them
        assertThat(listed).containsAll(types(true).stream().filter(t -> !t.equals("AddressRecord")).toList());
    }

    @Test
    void everyKindIsANodeTypeOfTheSchemaAndEveryNodeTypeIsAKind() {
        assertThat(CypherFiles.schemaNodeTypes()).containsExactlyInAnyOrderElementsOf(types(false));
    }

    @Test
    void aTypeNameFindsItsKindAndAnUnknownOneNone() {
        assertThat(NodeKind.of("OrganisedCrimeGroup")).contains(NodeKind.ORGANISED_CRIME_GROUP);
        assertThat(NodeKind.of("Vehicle")).isEmpty();
        assertThat(NodeKind.PHONE.keyProperty()).isEqualTo("e164");
    }
}
