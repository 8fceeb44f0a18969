package uk.toex.crosslink.api;

import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.CallerScopes;
import uk.toex.crosslink.security.CurrentCaller;
import uk.toex.crosslink.security.Role;

/** {@code me}: who the service thinks is calling, and what that lets them see. */
@Controller
class CallerController {

    private final CurrentCaller callers;
    private final CallerScopes scopes;

    CallerController(CurrentCaller callers, CallerScopes scopes) {
        this.callers = callers;
        this.scopes = scopes;
    }

    @QueryMapping
    CallerView me() {
        Caller caller = callers.get().orElseThrow(() -> new AccessDeniedException("No authenticated caller"));
        AccessScope scope = scopes.current(); // the scope every read of this request gets
        return new CallerView(caller.subject(), caller.roles().stream().sorted().toList(),
                List.copyOf(caller.forceClaim()), caller.allForces(), caller.demo(), scope.seesOtherForcesProtected(),
                scope.hidesProtectedIdentities(), caller.hasAny(Role.DATA_READERS));
    }

    /** The GraphQL {@code Caller} type. */
    record CallerView(String subject, List<Role> roles, List<String> forces, boolean allForces, boolean demo,
                      boolean seesOtherForcesProtected, boolean redactsProtectedIdentities, boolean readsPersonData) {
    }
}
