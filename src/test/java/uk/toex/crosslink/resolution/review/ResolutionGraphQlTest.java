package uk.toex.crosslink.resolution.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.cli.EngineSample;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.resolution.service.ResolutionService;
import uk.toex.crosslink.resolution.service.StoreFixtures;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;
import uk.toex.crosslink.support.TestNeo4j;

@CrosslinkTest
class ResolutionGraphQlTest {

    static final String ATTILA = "NORFOLK/ATHENA/1";
    static final String ATILA = "SUFFOLK/ATHENA/77";
    static final String SWAPPED = "ESSEX/ATHENA/A-9";
    static final String BROTHER = "NORFOLK/ATHENA/2";

    @Autowired
    GraphQlTesters testers;

    @Autowired
    Driver driver;

    @Autowired
    ResolutionService resolution;

    HttpGraphQlTester graphql;

    @BeforeEach
    void resolvedFamily() {
        LakatosFamily.loadResolved(driver, resolution);
        // a reviewer: analyst for explanations and decisions, admin for splits and merges
        graphql = testers.as("reviewer", java.util.Set.of(Role.ANALYST, Role.ADMIN), Caller.ALL_FORCES);
    }

    @Test
    void explainsAMatchFeatureByFeatureWithWeightsThatAddUpToTheScore() {
        var response = graphql.documentName("explainMatch")
                .variable("a", GlobalId.encode("PersonRecord", ATTILA)).variable("b", ATILA).execute();
        response.path("explainMatch.recordA.key").entity(String.class).isEqualTo(ATTILA);
        response.path("explainMatch.recordB.key").entity(String.class).isEqualTo(ATILA);
        response.path("explainMatch.sameEntity").entity(Boolean.class).isEqualTo(true);
        List<Map<String, Object>> features = response.path("explainMatch.features").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        assertThat(features).extracting(f -> f.get("feature")).startsWith("prior")
                .contains("familyName", "givenNames", "dob", "phones", "idDocuments", "address");
        Map<String, Object> dob = features.stream().filter(f -> f.get("feature").equals("dob")).findFirst().orElseThrow();
        assertThat(dob).containsEntry("valueA", "1984-03-07").containsEntry("valueB", "1984-07-03")
                .containsEntry("comparison", "TRANSPOSED");
        Map<String, Object> given = features.stream().filter(f -> f.get("feature").equals("givenNames")).findFirst().orElseThrow();
        assertThat(given.get("comparison")).isEqualTo("SIMILAR");
        double bits = features.stream().mapToDouble(f -> ((Number) f.get("weight")).doubleValue()).sum();
        double score = response.path("explainMatch.score").entity(Double.class).get();
        assertThat(score).isCloseTo(1 / (1 + Math.pow(2, -bits)), within(1e-6));
    }

    @Test
    void explainsWhyBrothersAreDifferentPeople() {
        var response = graphql.documentName("explainMatch").variable("a", ATTILA).variable("b", BROTHER).execute();
        response.path("explainMatch.sameEntity").entity(Boolean.class).isEqualTo(false);
        List<Map<String, Object>> features = response.path("explainMatch.features").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        assertThat(features).anySatisfy(f -> {
            assertThat(f.get("feature")).isEqualTo("givenNames");
            assertThat(f.get("comparison")).isEqualTo("DIFFERENT");
            assertThat(((Number) f.get("weight")).doubleValue()).isNegative();
        });
    }

    @Test
    void letsOnlyAdministratorsSplitPersons() {
        String personId = StoreFixtures.personOf(driver).get(ATTILA);
        testers.analyst(Caller.ALL_FORCES).documentName("splitPerson").variable("person", GlobalId.encode("Person", personId))
                .variable("records", List.of(SWAPPED)).execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());
        assertThat(StoreFixtures.personOf(driver).get(SWAPPED)).isEqualTo(personId);
    }

    @Test
    void refusesDecisionsSplitsAndMergesOnRecordsOfForcesTheCallerDoesNotHoldAndAuditsTheRefusal() {
        String attila = StoreFixtures.personOf(driver).get(ATTILA);
        String brother = StoreFixtures.personOf(driver).get(BROTHER);
        // SUFFOLK's record is handled P: a NORFOLK analyst sees it, but may not bind it
        testers.as("norfolk-analyst", java.util.Set.of(Role.ANALYST), "NORFOLK").documentName("decideMatch")
                .variable("a", ATTILA).variable("b", ATILA).variable("decision", "DIFFERENT").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        // a partner sees protected records only redacted: partner restrictions win over the analyst role
        testers.as("partner-analyst", java.util.Set.of(Role.ANALYST, Role.PARTNER), Caller.ALL_FORCES)
                .documentName("decideMatch").variable("a", ATTILA).variable("b", BROTHER).variable("decision", "SAME")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        testers.as("norfolk-admin", java.util.Set.of(Role.ANALYST, Role.ADMIN), "NORFOLK").documentName("mergePersons")
                .variable("persons", List.of(GlobalId.encode("Person", attila), GlobalId.encode("Person", brother)))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        testers.as("norfolk-admin", java.util.Set.of(Role.ANALYST, Role.ADMIN), "NORFOLK").documentName("splitPerson")
                .variable("person", GlobalId.encode("Person", attila)).variable("records", List.of(SWAPPED)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));

        Long decisions = TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (d:MatchDecision) RETURN count(d) AS n", Map.of(), r -> (Long) r.next().get("n"));
        assertThat(decisions).isZero();
        assertThat(StoreFixtures.personOf(driver).get(SWAPPED)).isEqualTo(attila);
        List<Object> outcomes = TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (e:AuditEvent) WHERE e.subject IN ['norfolk-analyst', 'partner-analyst', 'norfolk-admin']"
                        + " RETURN collect(e.outcome) AS o", Map.of(), r -> (List<Object>) r.next().get("o"));
        assertThat(outcomes).containsExactly("denied", "denied", "denied", "denied");
    }

    @Test
    void refusesRecordsThatDoNotExist() {
        graphql.documentName("explainMatch").variable("a", ATTILA).variable("b", "NORFOLK/ATHENA/404").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("NORFOLK/ATHENA/404")));
    }

    @Test
    void decisionsAreAppliedAtOnceRecordWhoAndWhenAndSurviveAFullRun() {
        var response = graphql.documentName("decideMatch").variable("a", ATTILA).variable("b", SWAPPED)
                .variable("decision", "DIFFERENT").variable("reason", "different fathers' names").execute();
        response.path("decideMatch.decision").entity(String.class).isEqualTo("DIFFERENT");
        response.path("decideMatch.decidedBy").entity(String.class).isEqualTo("reviewer");
        response.path("decideMatch.decidedAt").hasValue();
        String a = response.path("decideMatch.recordA.person.entityId").entity(String.class).get();
        String b = response.path("decideMatch.recordB.person.entityId").entity(String.class).get();
        assertThat(a).isNotEqualTo(b);
        graphql.documentName("decideMatch").variable("a", ATTILA).variable("b", BROTHER)
                .variable("decision", "SAME").variable("reason", "one man, two names").execute()
                .path("decideMatch.recordA.person.entityId").entity(String.class)
                .satisfies(id -> assertThat(StoreFixtures.personOf(driver).get(BROTHER)).isEqualTo(id));
        resolution.reset();
        resolution.resolveAll(true, ProgressListener.silent());
        Map<String, String> person = StoreFixtures.personOf(driver);
        assertThat(person.get(ATTILA)).isNotEqualTo(person.get(SWAPPED)).isEqualTo(person.get(BROTHER));
    }

    @Test
    void showsHowAPersonWasFormedAndSplitsAndMergesThem() {
        String personId = StoreFixtures.personOf(driver).get(ATTILA);
        graphql.documentName("personFormation").variable("id", GlobalId.encode("Person", personId)).execute()
                .path("person.records[*].key").entityList(String.class).containsExactly(SWAPPED, ATTILA, ATILA)
                .path("person.formation").entityList(Map.class).hasSize(2)
                .path("person.formation[0].probability").entity(Double.class).satisfies(p -> assertThat(p).isGreaterThan(0.9));
        graphql.documentName("splitPerson").variable("person", GlobalId.encode("Person", personId))
                .variable("records", List.of(SWAPPED)).variable("reason", "not him").execute()
                .path("splitPerson").entityList(Map.class).hasSize(2);
        Map<String, String> person = StoreFixtures.personOf(driver);
        assertThat(person.get(SWAPPED)).isNotEqualTo(person.get(ATTILA));
        assertThat(person.get(ATILA)).isEqualTo(person.get(ATTILA));
        graphql.documentName("mergePersons")
                .variable("persons", List.of(GlobalId.encode("Person", person.get(SWAPPED)), GlobalId.encode("Person", person.get(ATTILA))))
                .variable("reason", "him after all").execute()
                .path("mergePersons.records[*].key").entityList(String.class).contains(SWAPPED, ATTILA, ATILA).hasSize(3);
    }

    @Test
    void queuesUncertainPairsAndDropsThemOnceDecided() {
        TestNeo4j.clear();
        resolution.reset();
        StoreFixtures.ingest(driver, EngineSample.generate(300, 5L).records());
        resolution.resolveAll(false, ProgressListener.silent());
        var queue = graphql.documentName("reviewQueue").variable("first", 50).execute();
        List<Map> items = queue.path("reviewQueue").entityList(Map.class).get();
        assertThat(items).isNotEmpty();
        double first = ((Number) items.get(0).get("score")).doubleValue();
        double last = ((Number) items.get(items.size() - 1).get("score")).doubleValue();
        assertThat(Math.abs(first - 0.5)).isLessThanOrEqualTo(Math.abs(last - 0.5));
        String a = queue.path("reviewQueue[0].recordA.key").entity(String.class).get();
        String b = queue.path("reviewQueue[0].recordB.key").entity(String.class).get();
        graphql.documentName("decideMatch").variable("a", a).variable("b", b).variable("decision", "UNSURE").execute()
                .path("decideMatch.decision").entity(String.class).isEqualTo("UNSURE");
        graphql.documentName("reviewQueue").variable("first", 250).execute().path("reviewQueue").entityList(Map.class)
                .satisfies(rest -> assertThat(rest).noneSatisfy(item -> assertThat(item.get("id")).isEqualTo(items.get(0).get("id"))));
    }
}
