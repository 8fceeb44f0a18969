package uk.toex.crosslink.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * The one resolved address of many adverts or address records, in one query. A record's own
 * address is visible with the record (visible-address counts visible adverts and address records).
 */
@Component
public class PlacedAddressReader {

    private final CypherRunner cypher;
    private final GraphNodes nodes;

    public PlacedAddressReader(CypherRunner cypher, GraphNodes nodes) {
        this.cypher = cypher;
        this.nodes = nodes;
    }

    /** Where adverts are placed ({@code LOCATED_AT}), by advert key. */
    public Map<String, Address> ofAdverts(AccessScope scope, Collection<String> advertKeys) {
        return read("queries/advert-addresses", scope, advertKeys);
    }

    /** The addresses address records resolve to, by record key. */
    public Map<String, Address> ofAddressRecords(AccessScope scope, Collection<String> recordKeys) {
        return read("queries/address-record-addresses", scope, recordKeys);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Address> read(String query, AccessScope scope, Collection<String> keys) {
        Map<String, Address> addresses = new HashMap<>();
        for (Map<String, Object> row : cypher.read(query, scope, Map.of("keys", List.copyOf(keys)))) {
            addresses.put((String) row.get("key"), (Address) nodes.from(scope, (Map<String, Object>) row.get("node")));
        }
        return addresses;
    }
}
