package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.graph.Person;
import uk.toex.crosslink.network.NetworkLink;
import uk.toex.crosslink.network.NetworkService;
import uk.toex.crosslink.network.NetworkView;
import uk.toex.crosslink.network.PathFinder;

/** GraphQL {@code Person.network}, {@code paths} and {@code connectingNetwork}; the walks are the network package's. */
@Controller
class NetworkController {

    private final NetworkService networks;
    private final PathFinder paths;

    NetworkController(NetworkService networks, PathFinder paths) {
        this.networks = networks;
        this.paths = paths;
    }

    @SchemaMapping(typeName = "Person")
    NetworkView network(Person person, @Argument Integer depth, @Argument List<String> via, @Argument Integer first,
                        GraphQLContext context) {
        return networks.network(CallerScope.of(context), person.entityId(),
                Limits.range("depth", depth, 1, 1, NetworkService.MAX_DEPTH), via,
                Limits.page("first", first, 100, NetworkService.MAX_PERSONS));
    }

    @QueryMapping
    List<Map<String, Object>> paths(@Argument String from, @Argument String to, @Argument Integer maxHops,
                                    @Argument Integer first, GraphQLContext context) {
        return paths.paths(CallerScope.of(context), Ids.key(from, "Person"), Ids.key(to, "Person"),
                        Limits.range("maxHops", maxHops, 4, 1, PathFinder.MAX_HOPS), Limits.page("first", first, 3, 20))
                .stream().map(path -> Map.<String, Object>of("hops", path)).toList();
    }

    @QueryMapping
    NetworkView connectingNetwork(@Argument List<String> persons, @Argument Integer maxHops, GraphQLContext context) {
        if (persons.size() < 2 || persons.size() > 10) {
            throw new InvalidInputException("persons must name between 2 and 10 persons (got " + persons.size() + ")");
        }
        return paths.connecting(CallerScope.of(context), persons.stream().map(id -> Ids.key(id, "Person")).distinct().toList(),
                Limits.range("maxHops", maxHops, 4, 1, PathFinder.MAX_HOPS));
    }

    @SchemaMapping(typeName = "Network")
    List<Person> nodes(NetworkView network) {
        return network.persons().stream().map(Person::withId).toList();
    }

    @SchemaMapping(typeName = "NetworkEdge", field = "from")
    String edgeFrom(NetworkLink link) {
        return GlobalId.encode("Person", link.from());
    }

    @SchemaMapping(typeName = "NetworkEdge", field = "to")
    String edgeTo(NetworkLink link) {
        return GlobalId.encode("Person", link.to());
    }

    @SchemaMapping(typeName = "PathHop", field = "from")
    Person hopFrom(NetworkLink link) {
        return Person.withId(link.from());
    }

    @SchemaMapping(typeName = "PathHop", field = "to")
    Person hopTo(NetworkLink link) {
        return Person.withId(link.to());
    }
}
