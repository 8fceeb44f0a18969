package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Address;
import uk.toex.crosslink.graph.AddressRecord;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.PlacedAddressReader;
import uk.toex.crosslink.graph.RecordVersion;

/** Source address records by id, the address each resolves to, and their history. */
@Controller
class AddressRecordController {

    private final PlacedAddressReader addresses;

    AddressRecordController(PlacedAddressReader addresses) {
        this.addresses = addresses;
    }

    @QueryMapping
    CompletableFuture<GraphNode> addressRecord(@Argument String id, DataFetchingEnvironment env) {
        return GraphLoading.node(env, id, "AddressRecord");
    }

    @BatchMapping
    Map<AddressRecord, Address> address(List<AddressRecord> records, GraphQLContext context) {
        Map<String, Address> byKey = addresses.ofAddressRecords(CallerScope.of(context),
                records.stream().map(AddressRecord::key).distinct().toList());
        Map<AddressRecord, Address> resolved = new HashMap<>();
        records.forEach(record -> resolved.put(record, byKey.get(record.key())));
        return resolved;
    }

    @SchemaMapping(typeName = "AddressRecord")
    CompletableFuture<List<RecordVersion>> versions(AddressRecord addressRecord, DataFetchingEnvironment env) {
        return VersionLoader.of(addressRecord, env);
    }
}
