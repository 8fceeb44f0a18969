package uk.toex.crosslink.deconfliction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.GraphNodes;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.resolution.normalise.AddressKey;
import uk.toex.crosslink.resolution.normalise.PhoneNormaliser;
import uk.toex.crosslink.resolution.normalise.PostcodeNormaliser;
import uk.toex.crosslink.search.PersonMatch;
import uk.toex.crosslink.search.PersonSearch;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Who else holds a subject: the subject is first turned into resolved persons (and any direct
 * holdings, such as an operation on an address or an advert), then every force and operation that
 * holds those persons directly, through another force's record of the same person, or through a
 * shared identifier. Only records, adverts and operations the caller may see count.
 */
@Service
public class DeconflictionService {

    /** Rows read per query, and identifiers shared by more records than this lead nowhere (hubs). */
    static final int ROW_LIMIT = 2000;
    static final int HUB_CAP = 50;
    /** A search subject deconflicts the persons it finds at least this likely, else its best one. */
    static final double SEARCH_SCORE = 0.5;

    private final CypherRunner cypher;
    private final GraphNodes nodes;
    private final PersonSearch search;

    public DeconflictionService(CypherRunner cypher, GraphNodes nodes, PersonSearch search) {
        this.cypher = cypher;
        this.nodes = nodes;
        this.search = search;
    }

    public List<DeconflictionHit> deconflict(AccessScope scope, DeconflictionSubject subject) {
        List<Map<String, Object>> rows = new ArrayList<>(subjectRows(scope, subject));
        List<Map<String, Object>> persons = rows.stream().filter(r -> "person".equals(r.get("kind")))
                .map(r -> Map.<String, Object>of("personId", r.get("personId"), "via", r.get("via"))).distinct().toList();
        rows.removeIf(r -> "person".equals(r.get("kind")));
        if (!persons.isEmpty()) {
            rows.addAll(cypher.read("queries/deconfliction/person-hits", scope,
                    Map.of("subjects", persons, "hubCap", HUB_CAP, "limit", ROW_LIMIT)));
        }
        return group(scope, rows);
    }

    private List<Map<String, Object>> subjectRows(AccessScope scope, DeconflictionSubject s) {
        long given = Stream.of(s.personId(), s.phone(), s.postcode(), s.advertKey(), s.search()).filter(Objects::nonNull).count();
        if (given != 1 || (s.addressLine() != null && s.postcode() == null)) {
            throw new InvalidInputException("deconflict needs exactly one of person, phone, postcode (with or without"
                    + " addressLine), advert or search");
        }
        Map<String, Object> params = new HashMap<>(Map.of("limit", ROW_LIMIT));
        if (s.personId() != null) {
            return List.of(Map.of("kind", "person", "personId", s.personId(), "via", "the person"));
        }
        if (s.phone() != null) {
            params.put("phone", PhoneNormaliser.normalise(s.phone())
                    .orElseThrow(() -> new InvalidInputException("phone has no digits")));
            return cypher.read("queries/deconfliction/phone-subjects", scope, params);
        }
        if (s.postcode() != null) {
            params.put("postcode", PostcodeNormaliser.normalise(s.postcode())
                    .orElseThrow(() -> new InvalidInputException("postcode must not be blank")));
            params.put("addressKey", s.addressLine() == null ? null : AddressKey.of(s.addressLine(), s.postcode()).orElse(null));
            return cypher.read("queries/deconfliction/address-subjects", scope, params);
        }
        if (s.advertKey() != null) {
            params.put("advert", s.advertKey());
            return cypher.read("queries/deconfliction/advert-subjects", scope, params);
        }
        List<PersonMatch> matches = search.search(scope, s.search(), 5);
        return matches.stream().filter(m -> m.score() >= SEARCH_SCORE || m == matches.get(0))
                .map(m -> Map.<String, Object>of("kind", "person", "personId", m.personId(),
                        "via", String.format("search match (score %.2f)", m.score()))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<DeconflictionHit> group(AccessScope scope, List<Map<String, Object>> rows) {
        Map<List<String>, GraphNode> operations = new HashMap<>();
        Map<List<String>, Set<String>> vias = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            GraphNode operation = row.get("operation") == null ? null
                    : nodes.from(scope, (Map<String, Object>) row.get("operation"));
            List<String> key = java.util.Arrays.asList((String) row.get("force"),
                    operation == null ? null : operation.key(), (String) row.get("personId"));
            operations.putIfAbsent(key, operation);
            vias.computeIfAbsent(key, k -> new LinkedHashSet<>()).add((String) row.get("via"));
        }
        return vias.entrySet().stream()
                .map(e -> new DeconflictionHit(e.getKey().get(0), operations.get(e.getKey()), e.getKey().get(2),
                        List.copyOf(e.getValue())))
                .sorted(Comparator.comparingInt(DeconflictionHit::rank).thenComparing(DeconflictionHit::force)
                        .thenComparing(DeconflictionHit::operationKey)
                        .thenComparing(h -> Objects.toString(h.personId(), "")))
                .toList();
    }
}
