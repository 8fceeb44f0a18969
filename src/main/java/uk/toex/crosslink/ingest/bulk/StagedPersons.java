package uk.toex.crosslink.ingest.bulk;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.ingest.files.RecordFiles;
import uk.toex.crosslink.resolution.engine.PersonInput;

/**
 * The person records of a first load, kept for resolution: what the engine reads, and when each
 * arrived. The person id ingest gives a new record follows from its key ({@link RecordFiles#personId}).
 */
final class StagedPersons {

    private final List<PersonInput> inputs = new ArrayList<>();
    private final Map<String, ZonedDateTime> arrivedAt = new HashMap<>();
    private final Map<String, Holding> holdings = new HashMap<>();

    /** The force a record belongs to and its handling code: what the person facts are made of. */
    record Holding(String force, String handling) {
    }

    /** @return what the engine reads of the record */
    synchronized PersonInput add(String key, Map<String, Object> props, ZonedDateTime now) {
        PersonInput input = PersonInput.fromProperties(key, props);
        inputs.add(input);
        arrivedAt.put(key, now);
        holdings.put(key, new Holding((String) props.get("force"), (String) props.get("handling")));
        return input;
    }

    List<PersonInput> inputs() {
        return inputs;
    }

    /** Record key to the person id ingest gives it when new. */
    Map<String, String> initialIds() {
        Map<String, String> ids = new HashMap<>(inputs.size() * 2);
        inputs.forEach(input -> ids.put(input.key(), RecordFiles.personId(input.key())));
        return ids;
    }

    ZonedDateTime arrivedAt(String key) {
        return arrivedAt.get(key);
    }

    Holding holding(String key) {
        return holdings.get(key);
    }

    int size() {
        return inputs.size();
    }
}
