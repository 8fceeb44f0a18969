package uk.toex.crosslink.resolution.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.resolution.engine.ResolutionModel;
import uk.toex.crosslink.store.CypherRunner;

/** The current {@link ResolutionModel}, kept as JSON on one {@code :ResolutionModel} node. */
@Component
public class ModelStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ModelStore.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CypherRunner cypher;
    private final ResolutionProperties properties;

    public ModelStore(CypherRunner cypher, ResolutionProperties properties) {
        this.cypher = cypher;
        this.properties = properties;
    }

    /** The stored model, or before one is trained the priors with the configured extra comparisons. */
    public ResolutionModel loadOrPriors() {
        return load().orElseGet(() -> ResolutionModel.untrained(properties.extras()));
    }

    /** The model as last loaded or saved by this process; the JSON of a large model takes a while to read. */
    private volatile ResolutionModel cached;

    public Optional<ResolutionModel> load() {
        try {
            ResolutionModel known = cached;
            if (known != null) {
                // the cache holds while the stored model is the one it was read from
                var stamp = cypher.systemRead("resolution/model-stamp", Map.of());
                if (!stamp.isEmpty() && String.valueOf(known.trainedAt()).equals(stamp.get(0).get("trainedAt"))) {
                    return Optional.of(known);
                }
                cached = null;
            }
            var rows = cypher.systemRead("resolution/load-model", Map.of());
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            cached = JSON.readValue((String) rows.get(0).get("json"), ResolutionModel.class);
            return Optional.of(cached);
        } catch (JsonProcessingException e) {
            // a model by position from an older engine, or levels since renamed: the next run trains a new one
            log.info("The stored resolution model cannot be used ({}): it will be retrained", e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /** Forgets the cached model (another process may have written a new one). */
    public void forget() {
        cached = null;
    }

    /** The model as stored on its node. */
    public static String json(ResolutionModel model) {
        try {
            return JSON.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the resolution model: " + e.getOriginalMessage(), e);
        }
    }

    public void save(ResolutionModel model) {
        cypher.write("resolution/save-model",
                Map.of("json", json(model), "trainedOn", model.trainedOn(), "trainedAt", model.trainedAt()));
        cached = model;
    }
}
