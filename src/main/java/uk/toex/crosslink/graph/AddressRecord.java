package uk.toex.crosslink.graph;

import java.util.Map;

/** An address as one force's system holds it (addresses.csv), resolving to one {@link Address}. */
public record AddressRecord(String key, Map<String, Object> props) implements SourceNode {
}
