package uk.toex.crosslink.security.web;

import java.util.Optional;

/**
 * The justification a caller gives for a consultation ({@code X-Purpose}), as recorded in the
 * audit log: trimmed, control characters removed, at most 500 characters.
 */
public final class Purpose {

    public static final String HEADER = "X-Purpose";
    public static final String DEMO = "demo";
    private static final int MAX = 500;

    private Purpose() {
    }

    public static Optional<String> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String clean = header.replaceAll("\\p{Cntrl}", " ").strip();
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(clean.length() > MAX ? clean.substring(0, MAX) : clean);
    }
}
