package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.IdDocument;
import uk.toex.crosslink.graph.Link;

/** Who holds an identity document. */
@Controller
class IdDocumentController {

    @SchemaMapping(typeName = "IdDocument")
    CompletableFuture<Connection> persons(IdDocument idDocument, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.DOCUMENT_PERSONS, idDocument.key(), first, after);
    }
}
