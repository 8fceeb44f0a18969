package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.ImageHash;
import uk.toex.crosslink.graph.Link;

/** Which adverts show an image. */
@Controller
class ImageHashController {

    @SchemaMapping(typeName = "ImageHash")
    CompletableFuture<Connection> adverts(ImageHash imageHash, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.IMAGE_ADVERTS, imageHash.key(), first, after);
    }
}
