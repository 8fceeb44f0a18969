package uk.toex.crosslink.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema/*.cypher} (constraints and indexes, all {@code IF NOT EXISTS}, drops
 * {@code IF EXISTS}) in file-name order when the store is first used, so every start is idempotent.
 * When the store already holds every index and constraint the files name, online, and none they
 * drop, running them would change nothing: two reads say so and the statements are skipped, which
 * spares every command seconds of schema planning (docs/BENCHMARKS.md, issue 14).
 */
@Component
public class SchemaInitializer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private final StoreStatements store;
    private final CypherLibrary library;
    private volatile boolean applied;

    public SchemaInitializer(StoreStatements store, CypherLibrary library) {
        this.store = store;
        this.library = library;
    }

    public synchronized void apply() {
        if (applied) {
            return;
        }
        List<String> statements = statements();
        if (SchemaNames.of(statements).allIn(indexes(), constraints())) {
            log.info("Store schema in place: {} statements had nothing to do", statements.size());
        } else {
            statements.forEach(statement -> store.write(statement, Map.of()));
            store.write(library.get("store/await-indexes"), Map.of());
            log.info("Store schema applied: {} statements", statements.size());
        }
        applied = true;
    }

    /**
     * Every index by name, with its state (ONLINE, POPULATING, FAILED). Listing the schema needs
     * more than read access in-process, so these look-ups run as the schema statements would.
     */
    private Map<String, String> indexes() {
        return store.write(library.get("store/schema-indexes"), Map.of()).stream()
                .collect(Collectors.toMap(row -> (String) row.get("name"), row -> (String) row.get("state")));
    }

    private Set<String> constraints() {
        return store.write(library.get("store/schema-constraints"), Map.of()).stream()
                .map(row -> (String) row.get("name")).collect(Collectors.toSet());
    }

    static List<String> statements() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/schema/*.cypher");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            return Arrays.stream(files).flatMap(file -> split(read(file)).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list cypher/schema", e);
        }
    }

    private static List<String> split(String script) {
        return Arrays.stream(script.split(";"))
                .map(s -> s.lines().filter(line -> !line.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b).strip())
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read(Resource file) {
        try (var in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.getFilename(), e);
        }
    }
}
