package uk.toex.crosslink.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every Cypher file of the project that mentions :AuditEvent outside reads, for the append-only check. */
final class AuditCypherFiles {

    private AuditCypherFiles() {
    }

    static List<String> writesTouchingAuditEvents() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/**/*.cypher");
            return Arrays.stream(files).map(AuditCypherFiles::read)
                    .map(text -> text.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b))
                    .filter(text -> text.contains("AuditEvent"))
                    .filter(text -> !text.strip().startsWith("MATCH (e:AuditEvent)") && !text.contains("CONSTRAINT"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource file) {
        try (var in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
