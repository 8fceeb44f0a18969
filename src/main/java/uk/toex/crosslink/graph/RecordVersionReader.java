package uk.toex.crosslink.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.Redaction;
import uk.toex.crosslink.store.CypherRunner;

/**
 * The superseded versions of many records of one kind, newest first, in one query
 * ({@code cypher/queries/versions/<type>.cypher}): only for records the caller may see. Old
 * content of a person record passes {@link Redaction} with the flags of the record's person and
 * the flags the old content itself held, so a partner learns no protected identity from history.
 */
@Component
public class RecordVersionReader {

    private final CypherRunner cypher;
    private final Redaction redaction;

    public RecordVersionReader(CypherRunner cypher, Redaction redaction) {
        this.cypher = cypher;
        this.redaction = redaction;
    }

    /** Versions by record key; hidden or unknown records get an empty list. */
    @SuppressWarnings("unchecked")
    public Map<String, List<RecordVersion>> versions(AccessScope scope, String type, Collection<String> keys) {
        NodeKind kind = NodeKind.of(type).filter(NodeKind::versioned)
                .orElseThrow(() -> new IllegalArgumentException("No versioned record type " + type));
        Map<String, List<RecordVersion>> found = new HashMap<>();
        for (Map<String, Object> row : cypher.read(kind.versionsQuery(), scope, Map.of("keys", List.copyOf(keys)))) {
            List<String> personFlags = (List<String>) row.get("personFlags");
            found.put((String) row.get("key"), ((List<Map<String, Object>>) row.get("versions")).stream()
                    .map(v -> version(scope, personFlags, v)).toList());
        }
        keys.forEach(key -> found.putIfAbsent(key, List.of()));
        return found;
    }

    private RecordVersion version(AccessScope scope, List<String> personFlags, Map<String, Object> v) {
        Map<String, Object> content = RecordVersion.parse((String) v.get("content"));
        boolean withheld = false;
        if (personFlags != null) {
            List<String> flags = new ArrayList<>(personFlags);
            if (content.get("flags") instanceof List<?> old) {
                old.forEach(flag -> flags.add(String.valueOf(flag)));
            }
            withheld = redaction.hidesIdentity(scope, flags);
            content = redaction.record(scope, flags, content);
        }
        return new RecordVersion((Number) v.get("version"), (String) v.get("hash"), (String) v.get("batchId"),
                v.get("extracted"), v.get("ingestedAt"), v.get("supersededAt"), content, withheld);
    }
}
