package uk.toex.crosslink.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.demo.GenerationSummary;
import uk.toex.crosslink.demo.WorldGenerator;
import uk.toex.crosslink.ingest.IngestReport;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * {@code --demo}: fills an EMPTY store with a generated world (crosslink.demo.persons person records,
 * crosslink.demo.seed) through the ordinary ingest, batch by batch. It runs as an ApplicationRunner, so
 * the service reports ready (readiness ACCEPTING_TRAFFIC) only once seeding is done. A store that already
 * holds records is left alone. Not in command mode: commands never seed.
 */
@Component
@ConditionalOnExpression("${crosslink.demo.enabled:false} and !${crosslink.command:false}")
public class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final IngestService ingest;
    private final CypherRunner cypher;
    private final int persons;
    private final long seed;

    public DemoSeeder(IngestService ingest, CypherRunner cypher,
            @Value("${crosslink.demo.persons:3000}") int persons, @Value("${crosslink.demo.seed:1}") long seed) {
        this.ingest = ingest;
        this.cypher = cypher;
        this.persons = persons;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        seed();
    }

    /** @return true when the store was empty and has been seeded */
    public boolean seed() throws IOException {
        Map<String, Object> row = cypher.readOne("demo/store-empty", AccessScope.system(), Map.of());
        if (row == null || !Boolean.TRUE.equals(row.get("empty"))) {
            log.info("Demo data not seeded: the store already holds records");
            return false;
        }
        Path dir = Files.createTempDirectory("crosslink-demo-");
        long rejected = 0;
        try {
            GenerationSummary world = new WorldGenerator().generate(dir, persons, seed);
            log.info("Demo world generated: {} person records of {} people in {} batches; ingesting",
                    world.personRecords(), world.entities(), world.batches());
            for (Path batch : batches(dir)) {
                IngestReport report = ingest.ingest(batch);
                rejected += report.rejected();
            }
            log.info("Demo data seeded from seed {}", seed);
        } finally {
            if (rejected == 0) {
                delete(dir);
            } else {
                log.warn("Demo ingest rejected {} rows; the generated batches and reject files are kept in {}", rejected, dir);
            }
        }
        return true;
    }

    static List<Path> batches(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().toList();
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
