package uk.toex.crosslink.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema/*.cypher} (constraints and indexes, all {@code IF NOT EXISTS})
 * in file-name order when the store is first used, so every start is idempotent. A schema file
 * holds several statements (split at {@code ;}), each run alone in its own transaction through
 * {@link StoreStatements}, as every statement reaches the store.
 */
@Component
public class SchemaInitializer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private final StoreStatements store;
    private volatile boolean applied;

    public SchemaInitializer(StoreStatements store) {
        this.store = store;
    }

    public synchronized void apply() {
        if (applied) {
            return;
        }
        List<String> statements = statements();
        statements.forEach(statement -> store.write(statement, Map.of()));
        store.write("CALL db.awaitIndexes(300)", Map.of());
        applied = true;
        log.info("Store schema applied: {} statements", statements.size());
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
