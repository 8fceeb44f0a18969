package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void analystsAndInvestigatorsSeeOtherForcesProtectedRecords() {
        AccessScope scope = Caller.of("a", Set.of(Role.INVESTIGATOR), List.of("KENT")).scope();
        assertThat(scope.forces()).containsExactly("KENT");
        assertThat(scope.seesOtherForcesProtected()).isTrue();
        assertThat(scope.partner()).isFalse();
        assertThat(scope.allForces()).isFalse();
    }

    @Test
    void partnerRestrictionsWinOverAnyOtherRoleHeldWithThem() {
        AccessScope scope = Caller.of("p", Set.of(Role.PARTNER, Role.ANALYST), List.of("KENT")).scope();
        assertThat(scope.partner()).isTrue();
        assertThat(scope.seesOtherForcesProtected()).isFalse();
        assertThat(scope.hidesProtectedIdentities()).isTrue();
    }

    @Test
    void anAuditorAloneSeesNoRecordsEvenWithEveryForce() {
        AccessScope scope = Caller.of("aud", Set.of(Role.AUDITOR), List.of("*")).scope();
        assertThat(scope.allForces()).isFalse();
        assertThat(scope.forces()).isEmpty();
        assertThat(scope.seesOtherForcesProtected()).isFalse();
        assertThat(Caller.of("aud", Set.of(Role.AUDITOR, Role.ANALYST), List.of("*")).scope().allForces()).isTrue();
    }

    @Test
    void aCallerWithoutRolesSeesNothing() {
        assertThat(Caller.of("x", Set.of(), List.of("*")).scope()).isEqualTo(AccessScope.none("x"));
    }

    @Test
    void theStarMeansEveryForceAndIsWrittenBackAsAStar() {
        Caller caller = Caller.of("n", Set.of(Role.ADMIN), List.of("*", "KENT"));
        assertThat(caller.allForces()).isTrue();
        assertThat(caller.forces()).containsExactly("KENT");
        assertThat(caller.forceClaim()).containsExactly("*", "KENT");
    }

    @Test
    void theDemoCallerIsAnAnalystOfEveryForce() {
        Caller demo = Caller.demoAnalyst();
        assertThat(demo.demo()).isTrue();
        assertThat(demo.scope().allForces()).isTrue();
        assertThat(demo.roles()).containsExactly(Role.ANALYST);
    }

    @Test
    void theScopeParameterCarriesTheProtectedFlagsForTheRedactionFragment() {
        assertThat(AccessScope.system().toParameter()).containsEntry("protectedFlags", Redaction.PROTECTED_FLAGS)
                .containsEntry("allForces", true).containsEntry("partner", false);
    }
}
