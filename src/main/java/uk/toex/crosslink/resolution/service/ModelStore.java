package uk.toex.crosslink.resolution.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.resolution.engine.ResolutionModel;
import uk.toex.crosslink.store.CypherLibrary;

/** The current {@link ResolutionModel}, kept as JSON on one {@code :ResolutionModel} node. */
@Component
public class ModelStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ModelStore.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Driver driver;
    private final CypherLibrary cypher;

    public ModelStore(Driver driver, CypherLibrary cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** The model as last loaded or saved by this process; the JSON of a large model takes a while to read. */
    private volatile ResolutionModel cached;

    public Optional<ResolutionModel> load() {
        try (var session = driver.session()) {
            ResolutionModel known = cached;
            if (known != null) {
                // the cache holds while the stored model is the one it was read from
                var stamp = session.run(cypher.get("resolution/model-stamp")).list();
                if (!stamp.isEmpty() && String.valueOf(known.trainedAt()).equals(stamp.get(0).get("trainedAt").asString(null))) {
                    return Optional.of(known);
                }
                cached = null;
            }
            var rows = session.run(cypher.get("resolution/load-model")).list();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            cached = JSON.readValue(rows.get(0).get("json").asString(), ResolutionModel.class);
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
        try (var session = driver.session()) {
            String json = json(model);
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get("resolution/save-model"),
                    Map.of("json", json, "trainedOn", model.trainedOn(), "trainedAt", model.trainedAt())).consume());
            cached = model;
        }
    }
}
