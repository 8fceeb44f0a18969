package uk.toex.crosslink.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Cypher and schema files of the repository as the registries' tests read them. */
final class CypherFiles {

    private static final Pattern QUOTED = Pattern.compile("'([A-Za-z]+)'");

    private CypherFiles() {
    }

    /** Names of the {@code .cypher} files in {@code cypher/<folder>}, without the extension. */
    static Set<String> in(String folder) {
        try (Stream<Path> files = Files.list(Path.of("cypher", folder))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".cypher"))
                    .map(n -> n.substring(0, n.length() - ".cypher".length())).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The quoted labels of the {@code __Label IN [...]} list in a fragment. */
    static Set<String> labelsListedIn(String fragment) {
        String text = read(Path.of("cypher", "fragments", fragment + ".cypher"));
        int start = text.indexOf("IN [");
        String list = text.substring(start, text.indexOf(']', start));
        Set<String> labels = new TreeSet<>();
        Matcher m = QUOTED.matcher(list);
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }

    /** Every GraphQL object type of {@code graphql/*.graphqls} that implements {@code Node}. */
    static Set<String> schemaNodeTypes() {
        Pattern type = Pattern.compile("(?m)^type (\\w+) implements [^{]*\\bNode\\b");
        try (Stream<Path> files = Files.list(Path.of("graphql"))) {
            return files.filter(f -> f.toString().endsWith(".graphqls")).map(CypherFiles::read)
                    .flatMap(text -> type.matcher(text).results().map(r -> r.group(1)))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
