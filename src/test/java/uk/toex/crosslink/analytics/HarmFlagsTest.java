package uk.toex.crosslink.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.support.CrosslinkTest;

/** Hidden-harm flags and their review over HTTP on the analytics world ({@link AnalyticsWorld}). */
@CrosslinkTest
class HarmFlagsTest extends AnalyticsWorldTest {

    @Autowired
    StoreChanges changes;

    record Person(List<Rec> records) {
    }

    record Review(String status, String by, String at, String reason) {
    }

    record Flag(String id, String rule, List<String> evidence, String status, boolean current, Person person,
                List<Review> reviews) {
        String subject() {
            return person.records().get(0).recordId() + ":" + rule;
        }
    }

    private List<Flag> flags(HttpGraphQlTester tester, Map<String, Object> variables) {
        return tester.documentName("harmFlags").variables(variables).execute()
                .path("harmFlags.edges[*].node").entityList(Flag.class).get();
    }

    private Flag flag(HttpGraphQlTester tester, String subject) {
        return flags(tester, Map.of()).stream().filter(f -> f.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void flagsAMissingPersonWhosePhoneIsInAnotherForcesAdvertWithTheEvidence() {
        Flag flag = flag(graphQl.analyst("*"), "MP1:MISSING_PHONE_IN_ADVERT");
        assertThat(flag.evidence()).singleElement().asString()
                .contains("NORFOLK/ATHENA/MP1", "+447700900999", "KENT/NICHE/KA1", "2025-10-01");
        assertThat(flag.current()).isTrue();
        assertThat(flag(graphQl.analyst("*"), "MP1:MINOR_LINKED_TO_ADVERT").evidence()).singleElement().asString()
                .contains("born 2008-06-06");
    }

    @Test
    void aFlagIsShownOnlyToCallersWhoMaySeeThePersonAndAllItsEvidence() {
        assertThat(flags(graphQl.analyst("*"), Map.of())).extracting(Flag::subject).containsExactlyInAnyOrder(
                "MP1:MISSING_PHONE_IN_ADVERT", "MP1:MINOR_LINKED_TO_ADVERT", "MP2:MISSING_PHONE_IN_ADVERT");
        assertThat(flags(graphQl.analyst("ESSEX"), Map.of())).hasSize(3);
        // NORFOLK sees MP2 (a P record) but not ESSEX's C advert behind the flag
        assertThat(flags(graphQl.analyst("NORFOLK"), Map.of())).extracting(Flag::subject)
                .containsExactlyInAnyOrder("MP1:MISSING_PHONE_IN_ADVERT", "MP1:MINOR_LINKED_TO_ADVERT");
        assertThat(flags(graphQl.partner("KENT"), Map.of())).isEmpty();
        assertThat(flags(graphQl.analyst("*"), Map.of("force", "essex"))).extracting(Flag::subject)
                .containsExactly("MP2:MISSING_PHONE_IN_ADVERT");
    }

    @Test
    void aReviewKeepsWhoWhenAndWhyAndSurvivesRecomputation() {
        Flag flag = flag(graphQl.analyst("ESSEX"), "MP2:MISSING_PHONE_IN_ADVERT");
        graphQl.as("reviewer", java.util.Set.of(uk.toex.crosslink.security.Role.ANALYST), "ESSEX")
                .documentName("reviewHarmFlag")
                .variables(Map.of("id", flag.id(), "status", "REVIEWED", "reason", "passed to the missing persons unit"))
                .execute().path("reviewHarmFlag.status").entity(String.class).isEqualTo("REVIEWED");
        changes.changed();
        Flag after = flag(graphQl.analyst("ESSEX"), "MP2:MISSING_PHONE_IN_ADVERT");
        assertThat(after.id()).isEqualTo(flag.id());
        assertThat(after.status()).isEqualTo("REVIEWED");
        assertThat(after.reviews()).singleElement().satisfies(r -> {
            assertThat(r.by()).isEqualTo("reviewer");
            assertThat(r.reason()).isEqualTo("passed to the missing persons unit");
            assertThat(r.at()).isNotBlank();
        });
        assertThat(flags(graphQl.analyst("ESSEX"), Map.of("status", "REVIEWED"))).extracting(Flag::id).containsExactly(flag.id());
    }

    @Test
    void aCallerWhoMayNotSeeAFlagCannotReviewItAndAPartnerCannotReviewAtAll() {
        String hidden = flag(graphQl.analyst("ESSEX"), "MP2:MISSING_PHONE_IN_ADVERT").id();
        graphQl.analyst("NORFOLK").documentName("reviewHarmFlag").variables(Map.of("id", hidden, "status", "DISMISSED"))
                .execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty());
        String visible = flag(graphQl.analyst("*"), "MP1:MISSING_PHONE_IN_ADVERT").id();
        graphQl.partner("NORFOLK").documentName("reviewHarmFlag").variables(Map.of("id", visible, "status", "DISMISSED"))
                .execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty());
        assertThat(flag(graphQl.analyst("*"), "MP1:MISSING_PHONE_IN_ADVERT").status()).isEqualTo("NEW");
    }

    @Test
    void aReviewIsAWriteOnlyForACallerOfAForceHoldingTheFlaggedPerson() {
        // MP1 is NORFOLK's missing person: ESSEX's analyst sees the flag but may not change it
        String norfolks = flag(graphQl.analyst("ESSEX"), "MP1:MISSING_PHONE_IN_ADVERT").id();
        graphQl.as("essex-reviewer", java.util.Set.of(uk.toex.crosslink.security.Role.ANALYST), "ESSEX")
                .documentName("reviewHarmFlag").variables(Map.of("id", norfolks, "status", "DISMISSED")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        // a partner who is also an analyst of every force writes nothing
        graphQl.as("partner-reviewer", java.util.Set.of(uk.toex.crosslink.security.Role.ANALYST,
                        uk.toex.crosslink.security.Role.PARTNER), "*")
                .documentName("reviewHarmFlag").variables(Map.of("id", norfolks, "status", "DISMISSED")).execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());
        assertThat(flag(graphQl.analyst("*"), "MP1:MISSING_PHONE_IN_ADVERT").status()).isEqualTo("NEW");
        List<Object> outcomes = uk.toex.crosslink.support.TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (e:AuditEvent {subject: 'essex-reviewer'}) RETURN collect(e.outcome) AS o",
                Map.of(), r -> (List<Object>) r.next().get("o"));
        assertThat(outcomes).containsExactly("denied");

        // NORFOLK's analyst may (NEW again: other tests expect the flag untouched)
        graphQl.as("norfolk-reviewer", java.util.Set.of(uk.toex.crosslink.security.Role.ANALYST), "NORFOLK")
                .documentName("reviewHarmFlag").variables(Map.of("id", norfolks, "status", "NEW")).execute()
                .path("reviewHarmFlag.status").entity(String.class).isEqualTo("NEW");
    }
}
