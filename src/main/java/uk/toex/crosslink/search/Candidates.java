package uk.toex.crosslink.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.resolution.engine.PersonInput;

/**
 * The candidate records of one search as resolution reads them, each once (a record found by name
 * and by an identifier is compared once), with the person each resolves to, in the same order.
 */
record Candidates(List<PersonInput> records, List<String> persons) {

    @SuppressWarnings("unchecked")
    static Candidates of(List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.putIfAbsent((String) row.get("key"), row));
        List<PersonInput> records = new ArrayList<>(byKey.size());
        List<String> persons = new ArrayList<>(byKey.size());
        byKey.forEach((key, row) -> {
            records.add(PersonInput.fromProperties(key, (Map<String, Object>) row.get("props")));
            persons.add((String) row.get("personId"));
        });
        return new Candidates(records, persons);
    }
}
