package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Person;
import uk.toex.crosslink.search.PersonMatch;
import uk.toex.crosslink.search.PersonSearch;
import uk.toex.crosslink.search.SearchInput;

/** GraphQL {@code searchPersons}: the search itself is {@link PersonSearch}. */
@Controller
class SearchController {

    private final PersonSearch search;

    SearchController(PersonSearch search) {
        this.search = search;
    }

    @QueryMapping
    List<PersonMatch> searchPersons(@Argument SearchInput input, @Argument Integer first, GraphQLContext context) {
        return search.search(CallerScope.of(context), input, Limits.page("first", first, 10, PersonSearch.MAX_RESULTS));
    }

    @SchemaMapping(typeName = "PersonMatch")
    Person person(PersonMatch match) {
        return Person.withId(match.personId());
    }
}
