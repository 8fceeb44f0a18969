package uk.toex.crosslink.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/** Where many adverts are placed, in one query. An advert's own address is visible with the advert. */
@Component
public class AdvertAddressReader {

    private final CypherRunner cypher;
    private final GraphNodes nodes;

    public AdvertAddressReader(CypherRunner cypher, GraphNodes nodes) {
        this.cypher = cypher;
        this.nodes = nodes;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Address> addresses(AccessScope scope, Collection<String> advertKeys) {
        Map<String, Address> addresses = new HashMap<>();
        for (Map<String, Object> row : cypher.read("queries/advert-addresses", scope, Map.of("keys", List.copyOf(advertKeys)))) {
            addresses.put((String) row.get("key"), (Address) nodes.from(scope, (Map<String, Object>) row.get("node")));
        }
        return addresses;
    }
}
