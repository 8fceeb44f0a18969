package uk.toex.crosslink.investigations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement's code with string literals, quoted names and comments blanked out (line breaks
 * kept), so that parameters and clauses are found only where Cypher reads them, and lines can be
 * told.
 */
final class StatementText {

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    /** Clauses a saved investigation may not use, with the reason given. */
    private static final Map<Pattern, String> REFUSED = Map.of(
            Pattern.compile("\\bLOAD\\s+CSV\\b", Pattern.CASE_INSENSITIVE),
            "LOAD CSV is not allowed: an investigation reads the graph, not files or URLs",
            Pattern.compile("\\bIN\\s+(?:\\S+\\s+){0,3}?TRANSACTIONS\\b", Pattern.CASE_INSENSITIVE),
            "CALL { } IN TRANSACTIONS is not allowed: it commits on its own, and an investigation never writes",
            Pattern.compile(";\\s*\\S"),
            "only one statement is allowed");

    private final String code;
    private final int firstLine;

    StatementText(String statement, int firstLine) {
        this.code = blank(statement);
        this.firstLine = firstLine;
    }

    /** Every parameter the statement uses, with the file line of its first use. */
    Map<String, Integer> parameters() {
        Map<String, Integer> used = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(code);
        while (m.find()) {
            used.putIfAbsent(m.group(1), lineAt(m.start()));
        }
        return used;
    }

    /** The first refused clause, as a file line and reason. */
    Optional<Map.Entry<Integer, String>> refusedClause() {
        Map.Entry<Integer, String> first = null;
        for (Map.Entry<Pattern, String> refused : REFUSED.entrySet()) {
            Matcher m = refused.getKey().matcher(code);
            if (m.find() && (first == null || lineAt(m.start()) < first.getKey())) {
                first = Map.entry(lineAt(m.start()), refused.getValue());
            }
        }
        return Optional.ofNullable(first);
    }

    int lineAt(int offset) {
        int line = firstLine;
        for (int i = 0; i < offset && i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Strings ('..', ".."), quoted names (`..`) and comments (//, /* *&#47;) become spaces. */
    private static String blank(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end = -1;
            if (c == '\'' || c == '"' || c == '`') {
                end = closing(s, i + 1, c);
            } else if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
            }
            if (end < 0) {
                out.append(c);
                i++;
            } else {
                for (int j = i; j < end; j++) {
                    out.append(s.charAt(j) == '\n' ? '\n' : ' ');
                }
                i = end;
            }
        }
        return out.toString();
    }

    private static int closing(String s, int from, char quote) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\' && quote != '`') {
                i++;
            } else if (s.charAt(i) == quote) {
                return i + 1;
            }
        }
        return s.length();
    }
}
