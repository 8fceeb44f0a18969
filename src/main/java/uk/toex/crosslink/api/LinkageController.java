package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.Cursor;
import uk.toex.crosslink.graph.PageRequest;
import uk.toex.crosslink.graph.Person;
import uk.toex.crosslink.linkage.ForceLinkage;
import uk.toex.crosslink.linkage.LinkageService;

/** GraphQL {@code crossForcePersons} and {@code forceLinkage}; the counting is {@link LinkageService}'s. */
@Controller
class LinkageController {

    private final LinkageService linkage;

    LinkageController(LinkageService linkage) {
        this.linkage = linkage;
    }

    @QueryMapping
    Connection crossForcePersons(@Argument Integer minForces, @Argument List<String> forces, @Argument Integer first,
                                 @Argument String after, GraphQLContext context) {
        int size = Limits.page("first", first, PageRequest.DEFAULT_SIZE, PageRequest.MAX_SIZE);
        List<String> codes = forces == null ? null : forces.stream().map(ListArguments::force).toList();
        LinkageService.Page page = linkage.crossForcePersons(CallerScope.of(context),
                Limits.range("minForces", minForces, 2, 1, 100), codes, size, Cursor.keyAfter(after));
        List<Map<String, Object>> edges = new ArrayList<>();
        for (String id : page.personIds().subList(0, Math.min(size, page.personIds().size()))) {
            edges.add(Map.of("cursor", Cursor.ofKey(id), "node", Person.withId(id)));
        }
        return Connection.of(edges, page.personIds().size() > size, after != null, page.total());
    }

    @QueryMapping
    ForceLinkage forceLinkage(@Argument String force, GraphQLContext context) {
        return linkage.forceLinkage(CallerScope.of(context), ListArguments.force(force));
    }
}
