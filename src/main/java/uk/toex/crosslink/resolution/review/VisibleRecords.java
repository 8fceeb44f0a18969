package uk.toex.crosslink.resolution.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.graph.NodeReader;
import uk.toex.crosslink.graph.PersonRecord;
import uk.toex.crosslink.resolution.engine.PersonInput;
import uk.toex.crosslink.security.AccessScope;

/** Person records the caller may see, through the read API's one visibility rule. */
@Component
class VisibleRecords {

    private final NodeReader nodes;

    VisibleRecords(NodeReader nodes) {
        this.nodes = nodes;
    }

    Map<String, PersonRecord> find(AccessScope scope, Collection<String> keys) {
        return nodes.find(scope, "PersonRecord", keys).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (PersonRecord) e.getValue()));
    }

    /** The record, or a bad-input error when it does not exist or the caller may not see it. */
    PersonRecord require(AccessScope scope, String key) {
        PersonRecord record = find(scope, List.of(key)).get(key);
        if (record == null) {
            throw new InvalidInputException("no visible person record " + key);
        }
        return record;
    }

    /** The record as the engine reads it, with its columns outside the contract ({@code extra.*}). */
    static PersonInput input(PersonRecord record) {
        return PersonInput.fromProperties(record.key(), record.props());
    }
}
