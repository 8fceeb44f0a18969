package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
        Response response = requests.ask(caller(role, forces), "matrixForceProfiles");
        for (String force : MatrixWorld.FORCES) {
            for (Profile profile : ExpectedProfiles.PROFILES) {
                String alias = force + "_" + profile.kind() + "_" + profile.subject();
                scoredAsExpected(expected, response, alias, ProfileSeen.class, ExpectedProfiles.entries(expected, force, profile),
                        ProfileSeen::components);
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
        Response response = requests.ask(caller(role, forces), "matrixPriorityThreats");
        for (String force : new String[] {null, "NORFOLK", "SUFFOLK"}) {
            String alias = force == null ? "ALL" : force;
            scoredAsExpected(expected, response, alias, ThreatSeen.class, ExpectedThreats.threats(expected, force),
                    ThreatSeen::components);
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void harmFlagsAndNodeShowAFlagOnlyWhenTheCallerMaySeeThePersonAndAllTheEvidence(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        List<Flag> want = ExpectedHarmFlags.visible(expected);
        Response response = requests.ask(caller(role, forces), "matrixHarmFlags", flagIds());
        response.path("harmFlags.totalCount").entity(Integer.class).isEqualTo(want.size());
        List<FlagSeen> got = response.path("harmFlags.edges[*].node").entityList(FlagSeen.class).get();
        assertThat(got).extracting(FlagSeen::id, FlagSeen::rule, FlagSeen::person)
                .containsExactlyElementsOf(want.stream().map(f -> tuple(globalId(f), f.rule(), expected.brief(f.personId()))).toList());
        IntStream.range(0, got.size()).forEach(i -> assertThat(want.get(i).evidenceKeys())
                .allSatisfy(key -> assertThat(got.get(i).evidence()).anySatisfy(line -> assertThat(line).contains(key))));
        revealsNothingHidden(expected, response, "harmFlags");
        for (Flag flag : ExpectedHarmFlags.all()) {
            if (ExpectedHarmFlags.sees(expected, flag)) {
                response.path(alias(flag)).entity(FlagSeen.class).satisfies(node -> assertThat(node)
                        .extracting(FlagSeen::id, FlagSeen::rule).containsExactly(globalId(flag), flag.rule()));
                revealsNothingHidden(expected, response, alias(flag));
            } else {
                response.path(alias(flag)).valueIsNull();
            }
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void reviewHarmFlagRefusesAFlagTheCallerMayNotSeeAsIfItDidNotExist(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Caller caller = caller(role, forces);
        requests.ask(caller, "matrixHarmFlags", flagIds());
        String unknown = refusal(requests.askAnyOutcome(caller, "matrixReviewHarmFlag",
                Map.of("id", GlobalId.encode("HarmFlag", "H-0000000000000000"))), "H-0000000000000000");
        for (Flag flag : ExpectedHarmFlags.all()) {
            if (!ExpectedHarmFlags.sees(expected, flag)) {
                Response response = requests.askAnyOutcome(caller, "matrixReviewHarmFlag",
                        Map.of("id", globalId(flag)));
                assertThat(refusal(response, flag.id())).isEqualTo(unknown);
            }
        }
        Caller everyone = MatrixCallers.caller(Role.ANALYST, List.of("*"));
        requests.ask(everyone, "matrixHarmFlags", flagIds()).path("harmFlags.edges[*].node.status").entityList(String.class)
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
        for (Profile p : ExpectedProfiles.PROFILES) {
            assertThat(all).as("%s %s", p.kind(), p.subject()).anyMatch(e -> ranksAnyone(e, p))
                    .anyMatch(e -> !ranksAnyone(e, p));
        }
    }

    private static boolean ranksAnyone(MatrixExpectation e, Profile p) {
        return MatrixWorld.FORCES.stream().anyMatch(f -> !ExpectedProfiles.entries(e, f, p).isEmpty());
    }

    /** The variables of matrixHarmFlags: the global ids of the world's two flags. */
    private static Map<String, Object> flagIds() {
        return ExpectedHarmFlags.all().stream().collect(java.util.stream.Collectors.toMap(
                AnalyticsVisibilityOverHttpTest::alias, AnalyticsVisibilityOverHttpTest::globalId));
    }

    private static String globalId(Flag flag) {
        return GlobalId.encode("HarmFlag", flag.id());
    }

    private static String alias(Flag flag) {
        return flag.rule().startsWith("MISSING") ? "missing" : "victim";
    }

    private Caller caller(Role role, List<String> forces) {
        return MatrixCallers.caller(role, forces);
    }

    /**
     * The scored list under {@code alias} is the expected one, values within 0.001, each component's
     * sentence naming the event or counts the expectation says; and it names nothing hidden.
     */
    private static <T> void scoredAsExpected(MatrixExpectation expected, Response response, String alias, Class<T> type,
                                             List<T> want, Function<T, List<ComponentSeen>> components) {
        List<T> got = response.path(alias).entityList(type).get();
        assertThat(got).as(alias).usingRecursiveComparison().ignoringFields("components.explanation")
                .withComparatorForType(CLOSE, Double.class).isEqualTo(want);
        for (int i = 0; i < got.size(); i++) {
            List<ComponentSeen> served = components.apply(got.get(i));
            List<ComponentSeen> named = components.apply(want.get(i));
            IntStream.range(0, served.size()).forEach(c -> assertThat(served.get(c).explanation())
                    .as("%s %s", alias, served.get(c).name()).contains(named.get(c).explanation()));
        }
        revealsNothingHidden(expected, response, alias);
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
