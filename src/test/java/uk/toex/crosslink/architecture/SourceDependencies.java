package uk.toex.crosslink.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The top-level package graph of a source tree as written: every {@code uk.toex.crosslink.x} name in
 * an import or in code, comments left out. Mapped from package to package, each edge with the
 * places (file:line) that make it.
 */
final class SourceDependencies {

    private static final Pattern NAME = Pattern.compile("uk\\.toex\\.crosslink\\.([a-z][a-z0-9_]*)\\b");

    private final Map<String, Map<String, Set<String>>> edges = new TreeMap<>();

    static SourceDependencies of(Path root) {
        SourceDependencies graph = new SourceDependencies();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> graph.add(root, f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private void add(Path root, Path file) {
        Path relative = root.relativize(file);
        if (relative.getNameCount() < 5) {
            return; // uk/toex/crosslink/Main.java: the root package is above the parts
        }
        String from = relative.getName(3).toString();
        String[] lines = withoutComments(read(file)).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("package ")) {
                continue;
            }
            Matcher m = NAME.matcher(lines[i]);
            while (m.find()) {
                if (!m.group(1).equals(from)) {
                    edges.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(m.group(1), k -> new TreeSet<>())
                            .add(relative + ":" + (i + 1));
                }
            }
        }
    }

    /** package → package it names → where. */
    Map<String, Map<String, Set<String>>> edges() {
        return edges;
    }

    /**
     * Comments blanked out but their line breaks kept, so line numbers stay true. String and char
     * literals are walked over whole, so a {@code "**}{@code /*.csv"} in a string starts no comment.
     */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source);
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipLiteral(source, i, c);
            } else if (source.startsWith("//", i) || source.startsWith("/*", i)) {
                int end = source.startsWith("//", i) ? source.indexOf('\n', i) : source.indexOf("*/", i + 2) + 2;
                end = end < i ? source.length() : end;
                for (int j = i; j < end; j++) {
                    if (out.charAt(j) != '\n') {
                        out.setCharAt(j, ' ');
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** Index just past the literal opening at {@code start} (text blocks included). */
    private static int skipLiteral(String source, int start, char quote) {
        String close = quote == '"' && source.startsWith("\"\"\"", start) ? "\"\"\"" : String.valueOf(quote);
        int i = start + close.length();
        while (i < source.length() && !source.startsWith(close, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + close.length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
