package uk.toex.crosslink.api;

import java.util.Collection;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.investigations.Investigation;
import uk.toex.crosslink.investigations.InvestigationCaller;
import uk.toex.crosslink.investigations.InvestigationCatalogue;
import uk.toex.crosslink.investigations.InvestigationParameter;
import uk.toex.crosslink.investigations.InvestigationResult;
import uk.toex.crosslink.investigations.InvestigationRunner;
import uk.toex.crosslink.security.CallerScopes;
import uk.toex.crosslink.security.CurrentCaller;

/** Saved investigations over GraphQL: the catalogue, and runs as the calling user. */
@Controller
class InvestigationController {

    private final InvestigationCatalogue catalogue;
    private final InvestigationRunner runner;
    private final CurrentCaller callers;
    private final CallerScopes scopes;

    InvestigationController(InvestigationCatalogue catalogue, InvestigationRunner runner, CurrentCaller callers,
                            CallerScopes scopes) {
        this.catalogue = catalogue;
        this.runner = runner;
        this.callers = callers;
        this.scopes = scopes;
    }

    @QueryMapping
    Collection<Investigation> investigations() {
        return catalogue.all();
    }

    @QueryMapping
    InvestigationResult runInvestigation(@Argument String name, @Argument Map<String, Object> params,
                                         @ContextValue(name = "purpose", required = false) String purpose) {
        var caller = callers.get().orElseThrow(() -> new AccessDeniedException("no authenticated caller"));
        return runner.run(name, params, new InvestigationCaller(caller, scopes.current(), "graphql", purpose, false));
    }

    @SchemaMapping(typeName = "InvestigationParameter", field = "type")
    String type(InvestigationParameter parameter) {
        return parameter.type().toString();
    }
}
