package uk.toex.crosslink.security.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.toex.crosslink.security.Role;

class RootFieldPolicyTest {

    @Test
    void queriesAreOpenToEveryCallerExceptTheAuditLog() {
        assertThat(RootFieldPolicy.required("Query", "persons")).isEmpty();
        assertThat(RootFieldPolicy.required("Query", "auditEvents")).containsExactly(Role.AUDITOR);
    }

    @Test
    void reviewDecisionsNeedAnAnalystOrInvestigatorAndUnlistedMutationsAnAdmin() {
        assertThat(RootFieldPolicy.required("Mutation", "decideMatch")).containsExactlyInAnyOrder(Role.ANALYST, Role.INVESTIGATOR);
        assertThat(RootFieldPolicy.required("Mutation", "somethingNew")).containsExactly(Role.ADMIN);
        assertThat(RootFieldPolicy.required("Subscription", "anything")).containsExactly(Role.ADMIN);
    }
}
