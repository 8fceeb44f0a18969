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
        ResolutionModel known = cached;
        if (known != null) {
            return Optional.of(known);
        }
        try (var session = driver.session()) {
            var rows = session.run(cypher.get("resolution/load-model")).list();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            cached = JSON.readValue(rows.get(0).get("json").asString(), ResolutionModel.class);
            return Optional.of(cached);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored resolution model cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** Forgets the cached model (another process may have written a new one). */
    public void forget() {
        cached = null;
    }

    public void save(ResolutionModel model) {
        try (var session = driver.session()) {
            String json = JSON.writeValueAsString(model);
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get("resolution/save-model"),
                    Map.of("json", json, "trainedOn", model.trainedOn(), "trainedAt", model.trainedAt())).consume());
            cached = model;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the resolution model: " + e.getOriginalMessage(), e);
        }
    }
}
