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
            List<Map<String, Object>> versions = (List<Map<String, Object>>) row.get("versions");
            List<String> flags = historyFlags((List<String>) row.get("personFlags"), versions);
            found.put((String) row.get("key"), versions.stream().map(v -> version(scope, flags, v)).toList());
        }
        keys.forEach(key -> found.putIfAbsent(key, List.of()));
        return found;
    }

    /**
     * The flags redaction judges every version by: the person's (current and prior flags of all its
     * records) plus those of every version of this record, so that no version shows what another
     * reveals. Null for records without a person (other kinds).
     */
    private static List<String> historyFlags(List<String> personFlags, List<Map<String, Object>> versions) {
        if (personFlags == null) {
            return null;
        }
        List<String> flags = new ArrayList<>(personFlags);
        for (Map<String, Object> v : versions) {
            if (RecordVersion.parse((String) v.get("content")).get("flags") instanceof List<?> old) {
                old.forEach(flag -> flags.add(String.valueOf(flag)));
            }
        }
        return flags;
    }

    private RecordVersion version(AccessScope scope, List<String> flags, Map<String, Object> v) {
        Map<String, Object> content = RecordVersion.parse((String) v.get("content"));
        boolean withheld = flags != null && redaction.hidesIdentity(scope, flags);
        if (flags != null) {
            content = redaction.record(scope, flags, content);
        }
        if (withheld && content.containsKey("flags")) {
            // the flags would say why the identity is withheld: a protected flag is itself identifying
            content = new java.util.LinkedHashMap<>(content);
            content.put("flags", List.of(Redaction.MARKER));
        }
        // the hash of withheld content would let a caller confirm a guess of it
        return new RecordVersion((Number) v.get("version"), withheld ? null : (String) v.get("hash"),
                (String) v.get("batchId"), v.get("extracted"), v.get("ingestedAt"), v.get("supersededAt"), content, withheld);
    }
}
