package uk.toex.crosslink.ingest.bulk;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.resolution.engine.PersonInput;

/**
 * The person records of a first load, kept for resolution: what the engine reads, the person id
 * ingest gives each new record, and when it arrived.
 */
final class StagedPersons {

    private final List<PersonInput> inputs = new ArrayList<>();
    private final Map<String, String> initialIds = new HashMap<>();
    private final Map<String, ZonedDateTime> arrivedAt = new HashMap<>();

    synchronized void add(String key, Map<String, Object> props, String personId, ZonedDateTime now) {
        inputs.add(PersonInput.fromProperties(key, props));
        initialIds.put(key, personId);
        arrivedAt.put(key, now);
    }

    List<PersonInput> inputs() {
        return inputs;
    }

    Map<String, String> initialIds() {
        return initialIds;
    }

    String initialId(String key) {
        return initialIds.get(key);
    }

    ZonedDateTime arrivedAt(String key) {
        return arrivedAt.get(key);
    }

    int size() {
        return inputs.size();
    }
}
