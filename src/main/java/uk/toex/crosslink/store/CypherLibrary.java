package uk.toex.crosslink.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Cypher kept in {@code cypher/} files, loaded by name: {@code get("queries/person-by-id")}
 * reads {@code cypher/queries/person-by-id.cypher} from the classpath once.
 *
 * <p>A file may say {@code {{fragment var}}} to include {@code cypher/fragments/fragment.cypher}
 * with its placeholder {@code __} renamed to {@code var}. That keeps shared predicates, above all
 * record visibility, defined once. Fragments may include fragments (a phone is visible through
 * visible records), so a fragment's own variables are named {@code __Suffix}: renamed with the
 * placeholder, they cannot clash with the including query's variables. Only identifiers from our own files are ever substituted:
 * values always travel as parameters.
 */
@Component
public class CypherLibrary {

    private static final Pattern MACRO = Pattern.compile("\\{\\{([a-z][a-z0-9-]*)\\s+([A-Za-z_][A-Za-z0-9_]*)}}");

    private static final Pattern KEYS = Pattern.compile("\\$keys\\b");
    private static final Pattern PAGE = Pattern.compile("\\$(skip|limit)\\b");

    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final Map<Composition, String> composed = new ConcurrentHashMap<>();

    public String get(String name) {
        return cache.computeIfAbsent(name, n -> expand(load(n)));
    }

    /**
     * The statement a {@link Composition} names, built once: only text of our own files is placed
     * into the slots, and the renamed parameters are identifiers, so values still travel as parameters.
     */
    public String compose(Composition composition) {
        return composed.computeIfAbsent(composition, this::build);
    }

    private String build(Composition composition) {
        StringBuilder children = new StringBuilder();
        StringBuilder columns = new StringBuilder();
        for (int n = 0; n < composition.parts().size(); n++) {
            Composition.Part part = composition.parts().get(n);
            String body = KEYS.matcher(get(part.body())).replaceAll("[levelKey]");
            body = PAGE.matcher(body).replaceAll("\\$$1" + n);
            children.append(get(part.template()).replace("<<body>>", body).replace("<<n>>", String.valueOf(n))).append('\n');
            columns.append(n == 0 ? "" : ", ").append("child").append(n);
        }
        return get(composition.template()).replace("<<parents>>", get(composition.parents()))
                .replace("<<children>>", children).replace("<<columns>>", columns);
    }

    private String expand(String text) {
        Matcher m = MACRO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String fragment = expand(load("fragments/" + m.group(1)).replace("__", m.group(2)));
            m.appendReplacement(out, Matcher.quoteReplacement(fragment));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String load(String name) {
        ClassPathResource resource = new ClassPathResource("cypher/" + name + ".cypher");
        if (!resource.exists()) {
            throw new IllegalArgumentException("No Cypher file cypher/" + name + ".cypher");
        }
        try (InputStream in = resource.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read cypher/" + name + ".cypher", e);
        }
    }
}
