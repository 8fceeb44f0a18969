package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.PersonRecord;
import uk.toex.crosslink.graph.RecordVersion;

/** Source person records by id; their fields are the record's own, {@code person} comes with the record. */
@Controller
class PersonRecordController {

    @QueryMapping
    CompletableFuture<GraphNode> personRecord(@Argument String id, DataFetchingEnvironment env) {
        return GraphLoading.node(env, id, "PersonRecord");
    }

    @SchemaMapping(typeName = "PersonRecord")
    CompletableFuture<List<RecordVersion>> versions(PersonRecord personRecord, DataFetchingEnvironment env) {
        return VersionLoader.of(personRecord, env);
    }
}
