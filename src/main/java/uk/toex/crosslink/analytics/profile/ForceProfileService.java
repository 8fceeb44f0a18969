package uk.toex.crosslink.analytics.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.analytics.ScoreComponent;
import uk.toex.crosslink.analytics.WeightedScore;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.graph.Person;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * A force's highest-risk subjects of one profile. Computed for the caller: both queries read only
 * records and offences the caller's scope may see, so no score, component or line rests on a hidden
 * record; the events come from every force's visible records of each resolved person.
 */
@Service
public class ForceProfileService {

    private static final int CHUNK = 2000;
    static final int MAX_FIRST = 100;

    private final CypherRunner cypher;
    private final ProfileDefinitions definitions;
    private final ProfileEvents events;
    private final ProfileScorer scorer;

    ForceProfileService(CypherRunner cypher, ProfileDefinitions definitions, ProfileEvents events, ProfileScorer scorer) {
        this.cypher = cypher;
        this.definitions = definitions;
        this.events = events;
        this.scorer = scorer;
    }

    public List<ProfileEntry> profile(AccessScope scope, String force, ForceProfileKind kind, ProfileSubject subject,
                                      int first) {
        if (first < 0 || first > MAX_FIRST) {
            throw new InvalidInputException("first must be 0.." + MAX_FIRST);
        }
        ProfileDefinition definition = definitions.of(kind, subject);
        Map<String, Object> params = new HashMap<>(definition.parameters());
        params.put("force", force.strip().toUpperCase(Locale.ROOT));
        List<String> persons = cypher.read("analytics/profile-candidates", scope, params).stream()
                .map(r -> (String) r.get("person")).toList();
        List<ProfileEntry> scored = new ArrayList<>();
        for (int from = 0; from < persons.size(); from += CHUNK) {
            params.put("persons", persons.subList(from, Math.min(persons.size(), from + CHUNK)));
            for (Map<String, Object> row : cypher.read("analytics/profile-events", scope, params)) {
                List<ProfileEvent> list = events.of(row);
                if (!list.isEmpty()) {
                    scored.add(entry((String) row.get("person"), list));
                }
            }
        }
        scored.sort(Comparator.comparingDouble(ProfileEntry::score).reversed()
                .thenComparing(e -> e.person().entityId()));
        List<ProfileEntry> top = new ArrayList<>();
        for (int i = 0; i < Math.min(first, scored.size()); i++) {
            top.add(scored.get(i).ranked(i + 1));
        }
        return top;
    }

    private ProfileEntry entry(String personId, List<ProfileEvent> list) {
        List<ScoreComponent> components = scorer.components(list);
        TreeSet<String> forces = new TreeSet<>();
        TreeSet<String> offences = new TreeSet<>();
        TreeSet<String> records = new TreeSet<>();
        for (ProfileEvent e : list) {
            forces.add(e.force());
            records.add(e.record());
            if (e.offence()) {
                offences.add(e.key());
            }
        }
        return new ProfileEntry(0, Person.withId(personId), WeightedScore.score(components), components,
                List.copyOf(forces), List.copyOf(offences), List.copyOf(records));
    }
}
