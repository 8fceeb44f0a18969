package uk.toex.crosslink.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.resolution.engine.PairExplainer;
import uk.toex.crosslink.resolution.engine.PairExplanation;
import uk.toex.crosslink.resolution.engine.ResolutionModel;
import uk.toex.crosslink.resolution.normalise.EmailNormaliser;
import uk.toex.crosslink.resolution.normalise.DocumentKey;
import uk.toex.crosslink.resolution.normalise.PhoneNormaliser;
import uk.toex.crosslink.resolution.normalise.PostcodeNormaliser;
import uk.toex.crosslink.resolution.service.ModelStore;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Fuzzy person search. Candidates come from indexes only: the full-text index of search words for
 * a name ({@link SearchTokens}) and the identifier nodes' own indexes for a phone, email, document
 * or postcode. Each visible candidate record is then compared with the search by resolution's own
 * comparator and scorer under the stored model ({@link PairExplainer#explainEach}: the search is
 * normalised once for all its candidates), and each person ranks by its best record, so a search
 * explains itself exactly as {@code explainMatch} does. A record found by name and by identifier
 * is compared once.
 */
@Service
public class PersonSearch {

    public static final int MAX_RESULTS = 100;

    private final CypherRunner cypher;
    private final ModelStore models;
    /** Candidate records read per source ({@code crosslink.search.candidates}, default 200): enough for a common name with a birth year to rank well. */
    private final int candidates;

    public PersonSearch(CypherRunner cypher, ModelStore models,
                        @Value("${crosslink.search.candidates:200}") int candidates) {
        if (candidates < MAX_RESULTS || candidates > 2000) {
            throw new IllegalArgumentException("crosslink.search.candidates must be between " + MAX_RESULTS
                    + " and 2000 (got " + candidates + ")");
        }
        this.cypher = cypher;
        this.models = models;
        this.candidates = candidates;
    }

    public List<PersonMatch> search(AccessScope scope, SearchInput input, int first) {
        input.requireSomething();
        ResolutionModel model = models.loadOrPriors();
        Candidates found = Candidates.of(candidates(scope, input));
        List<PairExplanation> explained = PairExplainer.explainEach(input.asRecord(), found.records(), model);
        Map<String, PersonMatch> best = new HashMap<>();
        for (int i = 0; i < explained.size(); i++) {
            PairExplanation e = explained.get(i);
            PersonMatch match = new PersonMatch(found.persons().get(i), e.probability(), e.bits(), e.features());
            best.merge(match.personId(), match, (a, b) -> b.bits() > a.bits() ? b : a);
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(PersonMatch::bits).reversed().thenComparing(PersonMatch::personId))
                .limit(Math.min(first, MAX_RESULTS)).toList();
    }

    private List<Map<String, Object>> candidates(AccessScope scope, SearchInput input) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (SearchInput.present(input.name())) {
            String query = SearchTokens.query(input.name(), input.dob());
            if (!query.isBlank()) {
                rows.addAll(cypher.read("queries/search/candidates-by-name", scope,
                        Map.of("query", query, "limit", candidates)));
            }
        }
        Map<String, Object> ids = identifiers(input);
        if (ids.values().stream().anyMatch(v -> v != null)) {
            ids.put("limit", candidates);
            rows.addAll(cypher.read("queries/search/candidates-by-identifier", scope, ids));
        }
        return rows;
    }

    private static Map<String, Object> identifiers(SearchInput input) {
        Map<String, Object> ids = new HashMap<>();
        ids.put("phone", SearchInput.present(input.phone()) ? PhoneNormaliser.normalise(input.phone()).orElse(null) : null);
        ids.put("email", SearchInput.present(input.email()) ? EmailNormaliser.normalise(input.email()).orElse(null) : null);
        ids.put("postcode", SearchInput.present(input.postcode())
                ? PostcodeNormaliser.normalise(input.postcode()).orElse(null) : null);
        DocumentKey document = SearchInput.present(input.idDocument()) ? DocumentKey.parse(input.idDocument()).orElse(null) : null;
        boolean typed = document != null && input.idDocument().contains(":");
        ids.put("documentKey", typed ? document.key() : null);
        ids.put("documentNumber", document != null && !typed ? document.number() : null);
        return ids;
    }
}
