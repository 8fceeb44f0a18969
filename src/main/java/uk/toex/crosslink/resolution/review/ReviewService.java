package uk.toex.crosslink.resolution.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.graph.Person;
import uk.toex.crosslink.graph.PersonRecord;
import uk.toex.crosslink.resolution.engine.MatchDecision.Decision;
import uk.toex.crosslink.resolution.service.DecisionStore;
import uk.toex.crosslink.resolution.service.RecordReader;
import uk.toex.crosslink.resolution.service.ResolutionService;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Human review: the queue of uncertain pairs, decisions (recorded with who and when, then applied
 * at once by re-resolving the records concerned), splits and merges expressed as decisions so
 * that no later run undoes them, and how a person was formed.
 */
@Service
public class ReviewService {

    private static final int MAX_QUEUE = 500;
    private static final int MAX_MERGE_PAIRS = 2_500;

    private final CypherRunner cypher;
    private final VisibleRecords records;
    private final DecisionStore decisions;
    private final ResolutionService resolution;
    private final RecordReader reader;

    public ReviewService(CypherRunner cypher, VisibleRecords records, DecisionStore decisions,
                         ResolutionService resolution, RecordReader reader) {
        this.cypher = cypher;
        this.records = records;
        this.decisions = decisions;
        this.resolution = resolution;
        this.reader = reader;
    }

    public List<ReviewItemView> queue(AccessScope scope, Integer first) {
        int limit = first == null ? 20 : first;
        if (limit < 0 || limit > MAX_QUEUE) {
            throw new InvalidInputException("first must be between 0 and " + MAX_QUEUE);
        }
        List<Map<String, Object>> rows = cypher.read("resolution/review-queue", scope, Map.of("first", limit));
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(r -> {
            keys.add((String) r.get("recordA"));
            keys.add((String) r.get("recordB"));
        });
        Map<String, PersonRecord> found = records.find(scope, keys);
        return rows.stream().filter(r -> found.containsKey(r.get("recordA")) && found.containsKey(r.get("recordB")))
                .map(r -> new ReviewItemView((String) r.get("id"), found.get(r.get("recordA")), found.get(r.get("recordB")),
                        ((Number) r.get("probability")).doubleValue(), Boolean.TRUE.equals(r.get("contradiction"))))
                .toList();
    }

    public DecisionView decide(AccessScope scope, String recordA, String recordB, Decision decision, String reason) {
        String a = records.require(scope, ReviewIds.key(recordA)).key();
        String b = records.require(scope, ReviewIds.key(recordB)).key();
        if (a.equals(b)) {
            throw new InvalidInputException("recordA and recordB are the same record");
        }
        String id = decisions.record(a, b, decision, reason, scope.subject());
        resolution.place(List.of(a, b));
        Map<String, Object> row = cypher.readOne("resolution/decision-by-id", scope, Map.of("id", id));
        Map<String, PersonRecord> now = records.find(scope, List.of(a, b));
        return new DecisionView(id, now.get((String) row.get("recordA")), now.get((String) row.get("recordB")),
                (String) row.get("decision"), (String) row.get("reason"), (String) row.get("decidedBy"),
                OffsetDateTime.parse((String) row.get("decidedAt")));
    }

    public List<Person> split(AccessScope scope, String person, List<String> recordIds, String reason) {
        List<String> all = recordKeys(scope, ReviewIds.personId(person));
        List<String> moved = recordIds.stream().map(ReviewIds::key).distinct().toList();
        if (moved.isEmpty() || !all.containsAll(moved) || moved.size() == all.size()) {
            throw new InvalidInputException("records must be some, not all, of the person's visible records");
        }
        List<String> staying = all.stream().filter(k -> !moved.contains(k)).toList();
        for (String m : moved) {
            for (String s : staying) {
                decisions.record(m, s, Decision.DIFFERENT, reason, scope.subject());
            }
        }
        for (int i = 1; i < moved.size(); i++) {
            decisions.record(moved.get(0), moved.get(i), Decision.SAME, reason, scope.subject());
        }
        resolution.place(all);
        return reader.personIds(all).values().stream().distinct().sorted().map(Person::withId).toList();
    }

    public Person merge(AccessScope scope, List<String> persons, String reason) {
        List<List<String>> groups = new ArrayList<>();
        for (String person : persons.stream().map(ReviewIds::personId).distinct().toList()) {
            List<String> keys = recordKeys(scope, person);
            if (keys.isEmpty()) {
                throw new InvalidInputException("no visible person " + person);
            }
            groups.add(keys);
        }
        if (groups.size() < 2) {
            throw new InvalidInputException("merge needs at least two different persons");
        }
        long pairs = 0;
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                pairs += (long) groups.get(i).size() * groups.get(j).size();
            }
        }
        if (pairs > MAX_MERGE_PAIRS) {
            throw new InvalidInputException("merge too large: " + pairs + " record pairs, at most " + MAX_MERGE_PAIRS);
        }
        // every pair across the persons: a SAME overrides any earlier DIFFERENT between them
        List<String> all = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                for (String x : groups.get(i)) {
                    for (String y : groups.get(j)) {
                        decisions.record(x, y, Decision.SAME, reason, scope.subject());
                    }
                }
            }
            all.addAll(groups.get(i));
        }
        resolution.place(all);
        String anchor = groups.get(0).get(0);
        return Person.withId(reader.personIds(List.of(anchor)).get(anchor));
    }

    public List<LinkView> formation(AccessScope scope, String personId) {
        List<Map<String, Object>> rows = cypher.read("resolution/person-formation", scope, Map.of("id", personId));
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(r -> {
            keys.add((String) r.get("recordA"));
            keys.add((String) r.get("recordB"));
        });
        Map<String, PersonRecord> found = records.find(scope, keys);
        return rows.stream().map(r -> new LinkView(found.get(r.get("recordA")), found.get(r.get("recordB")),
                ((Number) r.get("probability")).doubleValue())).toList();
    }

    private List<String> recordKeys(AccessScope scope, String personId) {
        return cypher.read("resolution/person-record-keys", scope, Map.of("id", personId)).stream()
                .map(r -> (String) r.get("key")).toList();
    }
}
