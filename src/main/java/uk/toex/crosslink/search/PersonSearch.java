package uk.toex.crosslink.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.resolution.engine.PairExplainer;
import uk.toex.crosslink.resolution.engine.PairExplanation;
import uk.toex.crosslink.resolution.engine.ResolutionModel;
import uk.toex.crosslink.resolution.service.ModelStore;
import uk.toex.crosslink.security.AccessScope;

/**
 * Fuzzy person search. Candidates come from indexes only ({@link SearchCandidates}). Each visible
 * candidate record is then compared with the search by resolution's own comparator and scorer
 * under the stored model ({@link PairExplainer#explainEach}: the search is normalised once for all
 * its candidates), and each person ranks by its best record, so a search explains itself exactly
 * as {@code explainMatch} does. A record found by name and by identifier is compared once.
 */
@Service
public class PersonSearch {

    public static final int MAX_RESULTS = 100;

    private final SearchCandidates candidates;
    private final ModelStore models;

    PersonSearch(SearchCandidates candidates, ModelStore models) {
        this.candidates = candidates;
        this.models = models;
    }

    public List<PersonMatch> search(AccessScope scope, SearchInput input, int first) {
        input.requireSomething();
        ResolutionModel model = models.loadOrPriors();
        Candidates found = Candidates.of(candidates.read(scope, input));
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
}
