package uk.toex.crosslink.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/**
 * Loads graph fixtures written in Cypher ({@code src/test/resources/fixtures/<name>.cypher},
 * statements ending in {@code ;} at the end of a line) into a cleared harness.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static void load(String... names) {
        TestNeo4j.clear();
        for (String name : names) {
            for (String statement : read(name).split(";\\s*\\R")) {
                if (!statement.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("//"))) {
                    TestNeo4j.get().defaultDatabaseService().executeTransactionally(statement);
                }
            }
        }
    }

    private static String read(String name) {
        try (InputStream in = new ClassPathResource("fixtures/" + name + ".cypher").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fixture " + name, e);
        }
    }
}
