package uk.toex.crosslink.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import uk.toex.crosslink.support.CrosslinkTest;

/** Force profiles over HTTP on the analytics world ({@link AnalyticsWorld}), as of 2026-01-01. */
@CrosslinkTest
class ForceProfileTest extends AnalyticsWorldTest {

    record Off(String key, String category, String hoCode) {
    }

    private GraphQlTester.Response profile(GraphQlTester tester, String force, String profile, String subject) {
        return tester.documentName("forceProfile").variables(Map.of("force", force, "profile", profile,
                "subject", subject, "first", 10)).execute();
    }

    @Test
    void ranksAnOffenderSplitOverThreeForcesAndSpellingsFirstByAllForcesRecords() {
        GraphQlTester.Response response = profile(graphQl.analyst("*"), "ESSEX", "VAWG", "OFFENDER");
        response.path("forceProfile[*].person.displayName").entityList(String.class)
                .satisfies(names -> assertThat(names).hasSize(3));
        response.path("forceProfile[0].rank").entity(Integer.class).isEqualTo(1)
                .path("forceProfile[0].person.records").entityList(Rec.class)
                .satisfies(records -> assertThat(records).extracting(Rec::recordId).containsExactlyInAnyOrder("E1", "K1", "N1"))
                .path("forceProfile[0].forces").entityList(String.class).isEqualTo(List.of("ESSEX", "KENT", "NORFOLK"))
                .path("forceProfile[0].offences").entityList(Off.class)
                .satisfies(offs -> assertThat(offs).extracting(Off::key)
                        .containsExactly("ESSEX/ATHENA/EF1", "KENT/NICHE/KF1", "NORFOLK/ATHENA/NF1"))
                .path("forceProfile[0].records").entityList(Rec.class)
                .satisfies(rs -> assertThat(rs).extracting(Rec::recordId).containsExactly("E1", "K1", "N1"));
        // the grave but old offence comes second, the recent minor one last
        response.path("forceProfile[1].person.records[0].recordId").entity(String.class).isEqualTo("E2")
                .path("forceProfile[2].person.records[0].recordId").entity(String.class).isEqualTo("E3");
    }

    @Test
    void explainsEachComponentWithItsValueWeightAndTheEventBehindIt() {
        GraphQlTester.Response response = profile(graphQl.analyst("*"), "ESSEX", "VAWG", "OFFENDER");
        List<Component> components = response.path("forceProfile[0].components").entityList(Component.class).get();
        assertThat(components).extracting(Component::name).containsExactly("recency", "frequency", "gravity");
        // latest event 2025-06-01, 214 days before 2026-01-01, half-life 365 days
        assertThat(components.get(0).value()).isCloseTo(Math.pow(0.5, 214 / 365.0), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(components.get(0).explanation()).contains("NORFOLK/ATHENA/NF1", "214 days");
        // three events in the window: 3 / (3 + 2)
        assertThat(components.get(1).value()).isEqualTo(0.6);
        // gravest: KENT's sexual assault 017/01, gravity 8 from the table (the record gives none)
        assertThat(components.get(2).value()).isEqualTo(0.8);
        assertThat(components.get(2).explanation()).contains("KENT/NICHE/KF1", "017/01", "gravity table");
        double expected = 100 * (components.get(0).value() * 1 + 0.6 * 1 + 0.8 * 2) / 4;
        response.path("forceProfile[0].score").entity(Double.class)
                .satisfies(score -> assertThat(score).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001)));
    }

    @Test
    void anotherForcesConfidentialOffenceNeitherCountsNorShowsForAnEssexAnalyst() {
        GraphQlTester.Response response = profile(graphQl.analyst("ESSEX"), "ESSEX", "VAWG", "OFFENDER");
        response.path("forceProfile[0].person.records").entityList(Rec.class)
                .satisfies(records -> assertThat(records).extracting(Rec::recordId).contains("E1"))
                .path("forceProfile[0].offences").entityList(Off.class)
                .satisfies(offs -> assertThat(offs).extracting(Off::key).containsExactly("ESSEX/ATHENA/EF1", "KENT/NICHE/KF1"))
                .path("forceProfile[0].components[*].explanation").entityList(String.class)
                .satisfies(lines -> assertThat(String.join(" ", lines)).doesNotContain("NORFOLK"))
                .path("forceProfile[0].forces").entityList(String.class).isEqualTo(List.of("ESSEX", "KENT"));
    }

    @Test
    void aForceSeesNoProfileOfAnotherForcesPersonsItHoldsNoRecordOf() {
        profile(graphQl.analyst("*"), "SUFFOLK", "VAWG", "OFFENDER").path("forceProfile").entityList(Object.class).hasSize(0);
    }

    @Test
    void missingPersonsProfileRanksRecordsFlaggedMissing() {
        profile(graphQl.analyst("*"), "NORFOLK", "MISSING_PERSONS", "VICTIM")
                .path("forceProfile[*].person.records[0].recordId").entityList(String.class).isEqualTo(List.of("MP1"))
                .path("forceProfile[0].components[2].explanation").entity(String.class)
                .satisfies(line -> assertThat(line).contains("flag MISSING"));
    }
}
