package uk.toex.crosslink.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/** The records of many persons that a scope may see, in one query; a person's name and forces derive from them. */
@Component
public class PersonRecordReader {

    static final String QUERY = "queries/person-records";

    private final CypherRunner cypher;
    private final GraphNodes nodes;

    public PersonRecordReader(CypherRunner cypher, GraphNodes nodes) {
        this.cypher = cypher;
        this.nodes = nodes;
    }

    /** Visible records by person id, in force, system and record id order; every id gets a (maybe empty) list. */
    @SuppressWarnings("unchecked")
    public Map<String, List<PersonRecord>> visibleRecords(AccessScope scope, Collection<String> personIds) {
        Map<String, List<PersonRecord>> records = new HashMap<>();
        for (Map<String, Object> row : cypher.read(QUERY, scope, Map.of("keys", List.copyOf(personIds)))) {
            records.put((String) row.get("key"), records(scope, (List<Map<String, Object>>) row.get("records")));
        }
        personIds.forEach(id -> records.putIfAbsent(id, List.of()));
        return records;
    }

    /** Records from their projections ({@code record-node.cypher}), redacted for the scope. */
    List<PersonRecord> records(AccessScope scope, List<Map<String, Object>> projections) {
        return projections.stream().map(projection -> (PersonRecord) nodes.from(scope, projection)).toList();
    }
}
