package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester.Response;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.security.AnalyticsViews.ComponentSeen;
import uk.toex.crosslink.security.AnalyticsViews.EvidenceSeen;
import uk.toex.crosslink.security.AnalyticsViews.FlagSeen;
import uk.toex.crosslink.security.AnalyticsViews.GroupSeen;
import uk.toex.crosslink.security.AnalyticsViews.ProfileSeen;
import uk.toex.crosslink.security.AnalyticsViews.ThreatSeen;
import uk.toex.crosslink.security.ExpectedHarmFlags.Flag;
import uk.toex.crosslink.security.ExpectedProfiles.Profile;
import uk.toex.crosslink.support.CrosslinkTest;

/**
 * Issue 11 item 5 over real HTTP: every analytics product for every role × caller force set, on the
 * matrix world with offences ({@link MatrixOffences}). What each caller must get is worked out from
 * the written rule and the documented formulas ({@code Expected*}), never from the service; on top,
 * no answer may contain any key, id or protected name of what the caller may not see
 * ({@link HiddenFromCaller}). Every request leaves exactly one audit event ({@link AuditedRequests}).
 */
@CrosslinkTest
class AnalyticsVisibilityOverHttpTest extends MatrixHttpTest {

    private static final Comparator<Double> CLOSE = (a, b) -> Math.abs(a - b) < 1e-3 ? 0 : Double.compare(a, b);

    @Override
    void addToBatch(Path batch, String force) {
        MatrixOffences.write(batch, force);
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void forceProfilesScoreOnlyTheRecordsAndOffencesTheCallerMaySee(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        for (String force : MatrixWorld.FORCES) {
            for (Profile profile : ExpectedProfiles.PROFILES) {
                Response response = requests.ask(caller(role, forces), "matrixForceProfile",
                        Map.of("force", force, "profile", profile.kind(), "subject", profile.subject()));
                List<ProfileSeen> want = ExpectedProfiles.entries(expected, force, profile);
                List<ProfileSeen> got = response.path("forceProfile").entityList(ProfileSeen.class).get();
                assertThat(got).as("%s %s %s", force, profile.kind(), profile.subject()).usingRecursiveComparison()
                        .ignoringFields("components.explanation").withComparatorForType(CLOSE, Double.class).isEqualTo(want);
                IntStream.range(0, got.size()).forEach(i -> namesWhatItShould(got.get(i).components(), want.get(i).components()));
                revealsNothingHidden(expected, response, "forceProfile");
            }
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void discoveredGroupsAreBuiltFromTheRecordsAndLinksTheCallerMaySee(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Response response = requests.ask(caller(role, forces), "matrixDiscoveredGroups");
        List<GroupSeen> got = response.path("discoveredGroups").entityList(GroupSeen.class).get();
        List<GroupSeen> want = ExpectedGroups.groups(expected);
        assertThat(got).usingRecursiveComparison().ignoringFields("evidence").ignoringCollectionOrderInFields("overlapsOcgs")
                .withComparatorForType(CLOSE, Double.class).isEqualTo(want);
        for (GroupSeen group : got) {
            List<String> members = group.members().stream().map(m -> GlobalId.encode("Person", m.entityId())).toList();
            int pairs = members.size() * (members.size() - 1) / 2;
            assertThat(group.evidence()).allSatisfy(e -> assertThat(members).contains(e.from(), e.to()));
            assertThat(group.evidence().stream().map(e -> pair(e) + e.kind()).distinct())
                    .as("one phone, one address and each visible advert link every pair").hasSize(pairs * 3);
            for (String advert : ExpectedGroups.adverts(expected)) {
                assertThat(group.evidence()).filteredOn(e -> e.explanation().contains(advert + " ")).hasSize(pairs);
            }
        }
        revealsNothingHidden(expected, response, "discoveredGroups");
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void priorityThreatsAreScoredFromWhatTheCallerMaySeeOfEachGroup(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        for (String force : new String[] {null, "NORFOLK", "SUFFOLK"}) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("force", force);
            Response response = requests.ask(caller(role, forces), "matrixPriorityThreats", variables);
            List<ThreatSeen> got = response.path("priorityThreats").entityList(ThreatSeen.class).get();
            List<ThreatSeen> want = ExpectedThreats.threats(expected, force);
            assertThat(got).as("threats of %s", force).usingRecursiveComparison().ignoringFields("components.explanation")
                    .withComparatorForType(CLOSE, Double.class).isEqualTo(want);
            IntStream.range(0, got.size()).forEach(i -> namesWhatItShould(got.get(i).components(), want.get(i).components()));
            revealsNothingHidden(expected, response, "priorityThreats");
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void harmFlagsAreShownOnlyWhenTheCallerMaySeeThePersonAndAllTheEvidence(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        List<Flag> want = ExpectedHarmFlags.visible(expected);
        Response response = requests.ask(caller(role, forces), "matrixHarmFlags");
        response.path("harmFlags.totalCount").entity(Integer.class).isEqualTo(want.size());
        List<FlagSeen> got = response.path("harmFlags.edges[*].node").entityList(FlagSeen.class).get();
        assertThat(got).extracting(FlagSeen::id, FlagSeen::rule, FlagSeen::person)
                .containsExactlyElementsOf(want.stream().map(f -> org.assertj.core.groups.Tuple.tuple(
                        f.id(), f.rule(), expected.brief(f.personId()))).toList());
        IntStream.range(0, got.size()).forEach(i -> assertThat(want.get(i).evidenceKeys())
                .allSatisfy(key -> assertThat(got.get(i).evidence()).anySatisfy(line -> assertThat(line).contains(key))));
        revealsNothingHidden(expected, response, "harmFlags");
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void nodeResolvesAHarmFlagOnlyForACallerWhoMaySeeIt(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        requests.ask(caller(role, forces), "matrixHarmFlags");
        for (Flag flag : ExpectedHarmFlags.all()) {
            Response response = requests.ask(caller(role, forces), "matrixHarmFlagNode",
                    Map.of("id", GlobalId.encode("HarmFlag", flag.id())));
            if (ExpectedHarmFlags.sees(expected, flag)) {
                response.path("node.id").entity(String.class).isEqualTo(GlobalId.encode("HarmFlag", flag.id()))
                        .path("node.rule").entity(String.class).isEqualTo(flag.rule());
                revealsNothingHidden(expected, response, "node");
            } else {
                response.path("node").valueIsNull();
            }
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void reviewHarmFlagRefusesAFlagTheCallerMayNotSeeAsIfItDidNotExist(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Caller caller = caller(role, forces);
        requests.ask(caller, "matrixHarmFlags");
        String unknown = refusal(requests.askAnyOutcome(caller, "matrixReviewHarmFlag",
                Map.of("id", GlobalId.encode("HarmFlag", "H-0000000000000000"))), "H-0000000000000000");
        for (Flag flag : ExpectedHarmFlags.all()) {
            if (!ExpectedHarmFlags.sees(expected, flag)) {
                Response response = requests.askAnyOutcome(caller, "matrixReviewHarmFlag",
                        Map.of("id", GlobalId.encode("HarmFlag", flag.id())));
                assertThat(refusal(response, flag.id())).isEqualTo(unknown);
            }
        }
        Caller everyone = MatrixCallers.caller(Role.ANALYST, List.of("*"));
        requests.ask(everyone, "matrixHarmFlags").path("harmFlags.edges[*].node.status").entityList(String.class)
                .satisfies(statuses -> assertThat(statuses).containsOnly("NEW"));
    }

    @Test
    void theWorldGivesEveryProductAnswersForSomeCallersAndNoneForOthers() {
        List<MatrixExpectation> all = MatrixCallers.all().map(a -> new MatrixExpectation((Role) a.get()[0],
                (List<String>) a.get()[1])).toList();
        assertThat(all).anySatisfy(e -> assertThat(ExpectedGroups.groups(e)).isNotEmpty())
                .anySatisfy(e -> assertThat(ExpectedGroups.groups(e)).isEmpty())
                .anySatisfy(e -> assertThat(ExpectedThreats.threats(e, null)).isNotEmpty())
                .anySatisfy(e -> assertThat(ExpectedThreats.threats(e, null)).isEmpty())
                .anySatisfy(e -> assertThat(ExpectedHarmFlags.visible(e)).isNotEmpty())
                .anySatisfy(e -> assertThat(ExpectedHarmFlags.visible(e)).isEmpty());
        for (String force : MatrixWorld.FORCES) {
            for (Profile p : ExpectedProfiles.PROFILES) {
                assertThat(all).as("%s %s %s", force, p.kind(), p.subject())
                        .anySatisfy(e -> assertThat(ExpectedProfiles.entries(e, force, p)).isNotEmpty())
                        .anySatisfy(e -> assertThat(ExpectedProfiles.entries(e, force, p)).isEmpty());
            }
        }
    }

    private Caller caller(Role role, List<String> forces) {
        return MatrixCallers.caller(role, forces);
    }

    /** The served sentences name the events and counts the expectation says (and so nothing else's). */
    private static void namesWhatItShould(List<ComponentSeen> got, List<ComponentSeen> want) {
        IntStream.range(0, got.size()).forEach(i -> assertThat(got.get(i).explanation()).as(got.get(i).name())
                .contains(want.get(i).explanation()));
    }

    private static String pair(EvidenceSeen e) {
        return e.from().compareTo(e.to()) < 0 ? e.from() + e.to() : e.to() + e.from();
    }

    /** The refusal's classification and message with the flag's id taken out. */
    private static String refusal(Response response, String id) {
        List<String> errors = new java.util.ArrayList<>();
        response.errors().satisfy(list -> list.forEach(e -> errors.add(e.getErrorType() + ": " + e.getMessage().replace(id, "ID"))));
        assertThat(errors).as("a refusal").isNotEmpty();
        return String.join("; ", errors);
    }

    private static void revealsNothingHidden(MatrixExpectation expected, Response response, String path) {
        String served = String.valueOf(response.path(path).entity(Object.class).get());
        assertThat(HiddenFromCaller.tokens(expected)).allSatisfy(token -> assertThat(served).doesNotContain(token));
    }
}
