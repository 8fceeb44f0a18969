package uk.toex.crosslink.graph;

import java.util.Map;

/** An organised crime group as one force maps it. */
public record OrganisedCrimeGroup(String key, Map<String, Object> props) implements SourceNode {
}
