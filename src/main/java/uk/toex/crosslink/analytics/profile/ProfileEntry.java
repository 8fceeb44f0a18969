package uk.toex.crosslink.analytics.profile;

import java.util.List;
import uk.toex.crosslink.analytics.ScoreComponent;
import uk.toex.crosslink.graph.Person;

/**
 * One ranked subject of a force profile, with the components of its score and the forces, offences
 * and records behind it (keys; the API turns them into nodes the caller may see).
 */
public record ProfileEntry(int rank, Person person, double score, List<ScoreComponent> components, List<String> forces,
                           List<String> offenceKeys, List<String> recordKeys) {

    ProfileEntry ranked(int newRank) {
        return new ProfileEntry(newRank, person, score, components, forces, offenceKeys, recordKeys);
    }
}
