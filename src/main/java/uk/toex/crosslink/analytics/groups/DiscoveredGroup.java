package uk.toex.crosslink.analytics.groups;

import java.util.List;
import java.util.Set;

/**
 * A community of the association graph as one caller may see it.
 *
 * @param id          {@code G-} and 16 hex digits of SHA-256 over the sorted member ids: stable while membership is
 * @param memberIds   entity ids of the members, sorted
 * @param ocgKeys     mapped OCGs (visible to the caller) that a member's record belongs to
 * @param nationalities nationalities the members' records give
 * @param suspects    members with a suspect flag or suspect involvement
 */
public record DiscoveredGroup(String id, List<String> memberIds, List<String> forces, double cohesion,
                              List<String> ocgKeys, List<Evidence> evidence, Set<String> nationalities, int suspects) {

    public boolean unmapped() {
        return ocgKeys.isEmpty();
    }
}
