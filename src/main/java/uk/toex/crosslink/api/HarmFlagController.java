package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.HarmFlag;
import uk.toex.crosslink.analytics.harm.HarmFlags;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.graph.PageRequest;
import uk.toex.crosslink.graph.Person;

/** Hidden-harm flags and their human review (docs/ANALYTICS.md): thin, the service filters per caller. */
@Controller
class HarmFlagController {

    private final HarmFlags flags;

    HarmFlagController(HarmFlags flags) {
        this.flags = flags;
    }

    @QueryMapping
    Connection harmFlags(@Argument String force, @Argument String status, @Argument Integer first, @Argument String after,
                         GraphQLContext context) {
        return flags.page(CallerScope.of(context), force, status, PageRequest.of(first, after));
    }

    @MutationMapping
    HarmFlag reviewHarmFlag(@Argument String id, @Argument String status, @Argument String reason, GraphQLContext context) {
        GlobalId globalId = GlobalId.decode(id);
        if (!"HarmFlag".equals(globalId.type())) {
            throw new InvalidInputException("not a valid id");
        }
        return flags.review(CallerScope.of(context), globalId.key(), status, reason);
    }

    @SchemaMapping(typeName = "HarmFlag")
    Person person(HarmFlag flag) {
        return Person.withId(flag.personId());
    }

    @SchemaMapping(typeName = "HarmFlag")
    List<Map<String, Object>> reviews(HarmFlag flag) {
        return flag.reviews();
    }
}
