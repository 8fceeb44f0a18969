package uk.toex.crosslink.resolution.review;

import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.graph.PersonRecord;
import uk.toex.crosslink.resolution.engine.EngineSettings;
import uk.toex.crosslink.resolution.engine.PairExplainer;
import uk.toex.crosslink.resolution.engine.PairExplanation;
import uk.toex.crosslink.resolution.engine.ResolutionModel;
import uk.toex.crosslink.resolution.service.ModelStore;
import uk.toex.crosslink.security.AccessScope;

/**
 * Explains any pair of records the caller may see under the stored model (the priors before one is
 * trained); refused (FORBIDDEN) for a record the caller sees redacted.
 */
@Service
public class ExplainService {

    private final VisibleRecords records;
    private final ModelStore models;

    public ExplainService(VisibleRecords records, ModelStore models) {
        this.records = records;
        this.models = models;
    }

    public MatchExplanationView explain(AccessScope scope, String recordA, String recordB) {
        PersonRecord a = records.require(scope, ReviewIds.key(recordA));
        PersonRecord b = records.require(scope, ReviewIds.key(recordB));
        if (a.identityHidden() || b.identityHidden()) {
            // scored on the markers two strangers would match; scored on the real values the
            // explanation would leak them: no explanation of a record the caller sees redacted
            throw new AccessDeniedException("explainMatch: the identity of a protected person is withheld from this"
                    + " caller, and so is any explanation of its record");
        }
        ResolutionModel model = models.loadOrPriors();
        PairExplanation explanation = PairExplainer.explain(VisibleRecords.input(a), VisibleRecords.input(b), model);
        boolean same = a.personId() != null && Objects.equals(a.personId(), b.personId());
        return new MatchExplanationView(a, b, explanation.probability(), same,
                explanation.features().stream().map(MatchExplanationView.FeatureView::of).toList(),
                explanation.probability(), EngineSettings.defaults().linkProbability(), explanation.bits(),
                explanation.contradiction());
    }
}
