package uk.toex.crosslink.resolution.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.cli.EngineSample;
import uk.toex.crosslink.resolution.engine.PersonInput;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.TestNeo4j;

@CrosslinkTest
class ResolutionServiceTest {

    @Autowired
    Driver driver;

    @Autowired
    ResolutionService resolution;

    @BeforeEach
    void emptyStore() {
        TestNeo4j.clear();
        resolution.reset();
    }

    @Test
    void resolvesTransliteratedNamesAcrossForcesButKeepsRelativesApart() {
        StoreFixtures.run(driver, "lakatos-family");
        resolution.resolveAll(false, ProgressListener.silent());
        Map<String, String> person = StoreFixtures.personOf(driver);
        assertThat(person.get("SUFFOLK/ATHENA/77")).isEqualTo(person.get("NORFOLK/ATHENA/1"));
        assertThat(person.get("ESSEX/ATHENA/A-9")).isEqualTo(person.get("NORFOLK/ATHENA/1"));
        assertThat(person.get("NORFOLK/ATHENA/2")).isNotEqualTo(person.get("NORFOLK/ATHENA/1"));
        assertThat(person.get("NCA/PND/X1")).isEqualTo(person.get("KENT/ATHENA/K1"));
        assertThat(person.get("KENT/ATHENA/K2")).isNotEqualTo(person.get("NORFOLK/ATHENA/1"));
        assertThat(new HashSet<>(person.values())).hasSize(4);
    }

    @Test
    void removesPersonsLeftWithoutRecordsAndKeepsIdsStableAcrossRuns() {
        StoreFixtures.run(driver, "lakatos-family");
        resolution.resolveAll(false, ProgressListener.silent());
        Map<String, String> first = StoreFixtures.personOf(driver);
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (p:Person) WHERE NOT (p)<-[:RESOLVES_TO]-() RETURN count(p) AS n")
                    .single().get("n").asLong()).isZero();
            assertThat(session.run("MATCH (p:Person) RETURN count(p) AS n").single().get("n").asLong()).isEqualTo(4);
        }
        resolution.reset();
        RunSummary again = resolution.resolveAll(true, ProgressListener.silent());
        assertThat(StoreFixtures.personOf(driver)).isEqualTo(first);
        assertThat(again.moved()).isZero();
    }

    @Test
    void incrementalPlacementEndsInTheSameClustersAsAFullRun() {
        List<PersonInput> records = EngineSample.generate(300, 11L).records();
        int n = records.size();
        List<List<PersonInput>> batches = List.of(records.subList(0, n * 2 / 3), records.subList(n * 2 / 3, n * 5 / 6),
                records.subList(n * 5 / 6, n));
        for (List<PersonInput> batch : batches) {
            StoreFixtures.ingest(driver, batch);
            resolution.place(batch.stream().map(PersonInput::key).toList());
        }
        Set<Set<String>> incremental = partition(StoreFixtures.personOf(driver));
        resolution.reset();
        RunSummary full = resolution.resolveAll(false, ProgressListener.silent());
        assertThat(full.modelTrained()).isFalse();
        assertThat(partition(StoreFixtures.personOf(driver))).isEqualTo(incremental);
        assertThat(incremental.size()).isLessThan(n);
    }

    private static Set<Set<String>> partition(Map<String, String> personOf) {
        Map<String, Set<String>> byPerson = new HashMap<>();
        personOf.forEach((record, person) -> byPerson.computeIfAbsent(person, p -> new HashSet<>()).add(record));
        Collection<Set<String>> groups = byPerson.values();
        return new HashSet<>(new ArrayList<>(groups));
    }
}
