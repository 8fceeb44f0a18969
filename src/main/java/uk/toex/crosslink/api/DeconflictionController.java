package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.deconfliction.DeconflictionHit;
import uk.toex.crosslink.deconfliction.DeconflictionService;
import uk.toex.crosslink.deconfliction.DeconflictionSubject;
import uk.toex.crosslink.graph.Person;
import uk.toex.crosslink.search.SearchInput;

/** GraphQL {@code deconflict}: decodes the subject's ids; the work is {@link DeconflictionService}'s. */
@Controller
class DeconflictionController {

    private final DeconflictionService deconfliction;

    DeconflictionController(DeconflictionService deconfliction) {
        this.deconfliction = deconfliction;
    }

    @QueryMapping
    List<DeconflictionHit> deconflict(@Argument DeconflictInput input, GraphQLContext context) {
        DeconflictionSubject subject = new DeconflictionSubject(Ids.key(input.person(), "Person"), input.phone(),
                input.postcode(), input.addressLine(), Ids.key(input.advert(), "Advert"), input.search());
        return deconfliction.deconflict(CallerScope.of(context), subject);
    }

    /** GraphQL {@code DeconflictInput} as given, ids still global. */
    record DeconflictInput(String person, String phone, String postcode, String addressLine, String advert,
                           SearchInput search) {
    }

    @SchemaMapping(typeName = "DeconflictionHit")
    Person person(DeconflictionHit hit) {
        return hit.personId() == null ? null : Person.withId(hit.personId());
    }
}
