package uk.toex.crosslink.resolution.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.demo.WorldGenerator;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.resolution.accuracy.AccuracyReport;
import uk.toex.crosslink.resolution.accuracy.EntityCsv;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.TestNeo4j;

/** The whole path an outside check takes: ingest batch folders, resolve on arrival, export, score. */
@CrosslinkTest
class IngestThenResolveTest {

    @Autowired
    IngestService ingest;

    @Autowired
    ResolutionService resolution;

    @Autowired
    EntityExporter exporter;

    @Autowired
    Driver driver;

    @Test
    void resolvesIngestedBatchesOnArrivalAsAFullRunWouldAndAccurately(@TempDir Path dir) throws Exception {
        TestNeo4j.clear();
        resolution.reset();
        Path world = dir.resolve("world");
        new WorldGenerator().generate(world, 1500, 21L);
        List<Path> batches;
        try (Stream<Path> children = Files.list(world)) {
            batches = children.filter(Files::isDirectory).sorted().toList();
        }
        for (Path batch : batches) {
            ingest.ingest(batch);
        }
        Map<String, String> onArrival = export(dir.resolve("on-arrival.csv"));
        AccuracyReport accuracy = AccuracyReport.of(EntityCsv.read(world.resolve("ground-truth.csv")), onArrival);
        System.out.println("ingest then resolve accuracy: " + accuracy);
        assertThat(accuracy.records()).isEqualTo(1500);
        assertThat(accuracy.pairwiseF1()).isGreaterThan(0.95);

        resolution.reset();
        resolution.resolveAll(false, ProgressListener.silent());
        assertThat(partition(export(dir.resolve("full.csv")))).isEqualTo(partition(onArrival));
    }

    private Map<String, String> export(Path file) throws Exception {
        StringWriter out = new StringWriter();
        exporter.export(out);
        Files.writeString(file, out.toString());
        return EntityCsv.read(file);
    }

    private static Set<Set<String>> partition(Map<String, String> entityOf) {
        Map<String, Set<String>> groups = new HashMap<>();
        entityOf.forEach((record, entity) -> groups.computeIfAbsent(entity, e -> new HashSet<>()).add(record));
        return new HashSet<>(groups.values());
    }
}
