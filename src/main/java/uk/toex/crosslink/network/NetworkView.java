package uk.toex.crosslink.network;

import java.util.List;

/**
 * A network of persons (GraphQL {@code Network}): the persons (entity ids, the start first), the
 * explained links between them, and the hubs that were not expanded, each named with its size.
 */
public record NetworkView(List<String> persons, List<NetworkLink> edges, List<String> cappedHubs) {
}
