package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.DisplayName;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.ListFilter;
import uk.toex.crosslink.graph.ListReader;
import uk.toex.crosslink.graph.Listing;
import uk.toex.crosslink.graph.Person;
import uk.toex.crosslink.graph.PersonRecord;
import uk.toex.crosslink.graph.PersonRecordReader;

/**
 * Persons and what derives from their visible records. {@code records}, {@code displayName} and
 * {@code forces} share one DataLoader, so a page of persons costs one records query for all three,
 * and none of its own when the person or page was read with its level ({@link LevelPriming}).
 */
@Controller
class PersonController {

    private final ListReader lists;
    private final PersonRecordReader records;

    PersonController(ListReader lists, PersonRecordReader records) {
        this.lists = lists;
        this.records = records;
    }

    @QueryMapping
    CompletableFuture<GraphNode> person(@Argument String id, DataFetchingEnvironment env) {
        return GraphLoading.node(env, id, "Person");
    }

    @QueryMapping
    Connection persons(@Argument Integer first, @Argument String after, @Argument String force, DataFetchingEnvironment env) {
        ListFilter filter = ListFilter.none().with("force", ListArguments.force(force));
        return GraphLoading.list(lists, env, Listing.PERSONS, filter, first, after);
    }

    @BatchMapping
    Map<Person, List<PersonRecord>> records(List<Person> persons, GraphQLContext context) {
        Map<String, List<PersonRecord>> byId = records.visibleRecords(CallerScope.of(context),
                persons.stream().map(Person::key).distinct().toList());
        return persons.stream().distinct().collect(Collectors.toMap(Function.identity(), p -> byId.get(p.key())));
    }

    @SchemaMapping
    CompletableFuture<String> displayName(Person person, DataFetchingEnvironment env) {
        return recordsOf(person, env).thenApply(DisplayName::of);
    }

    @SchemaMapping
    CompletableFuture<List<String>> forces(Person person, DataFetchingEnvironment env) {
        return recordsOf(person, env).thenApply(rs -> rs.stream().map(PersonRecord::force).distinct().sorted().toList());
    }

    private static CompletableFuture<List<PersonRecord>> recordsOf(Person person, DataFetchingEnvironment env) {
        DataLoader<Person, List<PersonRecord>> loader = env.getDataLoader(LevelPriming.RECORDS_LOADER);
        return loader.load(person);
    }
}
