package uk.toex.crosslink.linkage;

import java.util.List;

/**
 * For one force (GraphQL {@code ForceLinkage}): its own totals and, per other force, how many of
 * them that force also holds, most shared persons first.
 */
public record ForceLinkage(String force, long persons, long phones, long addresses, List<ForceOverlap> sharedWith) {

    static ForceLinkage of(ForceOverlap own, List<ForceOverlap> sharedWith) {
        return new ForceLinkage(own.force(), own.persons(), own.phones(), own.addresses(), sharedWith);
    }
}
