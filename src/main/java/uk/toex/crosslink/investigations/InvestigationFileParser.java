package uk.toex.crosslink.investigations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.toex.crosslink.security.BadRequestException;
import uk.toex.crosslink.security.Role;

/**
 * Reads one investigation file: the {@code //} header (name, title, description, params, roles),
 * then the statement from the first line that is not a comment. Checks everything that can be
 * checked without the store; {@link StatementCheck} does the rest.
 */
public final class InvestigationFileParser {

    private static final Pattern FIELD = Pattern.compile("^//\\s*([a-z]+)\\s*:(.*)$");
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern PARAM = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_]*)\\s+(\\S+)\\s+(required|default\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|\\S+))\\s*(.*)$");
    private static final Set<String> FIELDS = Set.of("name", "title", "description", "param", "roles");

    private InvestigationFileParser() {
    }

    public static Investigation parse(String source, String text) {
        List<String> lines = text.lines().toList();
        Map<String, String> single = new java.util.HashMap<>();
        List<InvestigationParameter> params = new ArrayList<>();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        int n = 0;
        for (; n < lines.size() && lines.get(n).strip().startsWith("//"); n++) {
            Matcher m = FIELD.matcher(lines.get(n).strip());
            if (!m.matches()) {
                continue; // a free comment
            }
            String field = m.group(1);
            String value = m.group(2).strip();
            int line = n + 1;
            if (!FIELDS.contains(field)) {
                throw new InvestigationFileException(source, line, "unknown header field '" + field + "' (expected one of "
                        + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
            }
            switch (field) {
                case "param" -> params.add(parameter(source, line, value, params));
                case "roles" -> roles.addAll(roles(source, line, value));
                default -> {
                    if (single.putIfAbsent(field, value) != null) {
                        throw new InvestigationFileException(source, line, "header field '" + field + "' given twice");
                    }
                }
            }
        }
        int headerEnd = n;
        String name = required(source, single, "name", headerEnd);
        if (!NAME.matcher(name).matches()) {
            throw new InvestigationFileException(source, lineOf(lines, "name"), "name '" + name + "' must match [a-z0-9-]+");
        }
        String statement = String.join("\n", lines.subList(headerEnd, lines.size())).strip();
        if (statement.isEmpty()) {
            throw new InvestigationFileException(source, headerEnd + 1, "no statement after the header");
        }
        int statementLine = headerEnd + 1 + leadingBlankLines(lines, headerEnd);
        return new Investigation(name, required(source, single, "title", headerEnd),
                required(source, single, "description", headerEnd), params, roles, statement, source, statementLine);
    }

    private static InvestigationParameter parameter(String source, int line, String value,
                                                    List<InvestigationParameter> earlier) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw new InvestigationFileException(source, line,
                    "param must read 'NAME TYPE (required | default VALUE) DESCRIPTION', got '" + value + "'");
        }
        String name = m.group(1);
        if (earlier.stream().anyMatch(p -> p.name().equals(name))) {
            throw new InvestigationFileException(source, line, "param " + name + " declared twice");
        }
        ParameterType type = ParameterType.parse(m.group(2)).orElseThrow(() -> new InvestigationFileException(source, line,
                "param " + name + ": unknown type '" + m.group(2) + "' (string, int, float, boolean, date, id or list<T>)"));
        boolean required = m.group(4) == null;
        Object defaultValue = null;
        if (!required) {
            String raw = m.group(4);
            String unquoted = raw.startsWith("\"") ? raw.substring(1, raw.length() - 1).replace("\\\"", "\"") : raw;
            try {
                defaultValue = type.convert(name, unquoted);
            } catch (BadRequestException e) {
                throw new InvestigationFileException(source, line, "default of " + e.getMessage());
            }
        }
        return new InvestigationParameter(name, type, required, defaultValue, m.group(5).strip(), line);
    }

    private static Set<Role> roles(String source, int line, String value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String named : value.split(",")) {
            if (!named.isBlank()) {
                roles.add(Role.parse(named).orElseThrow(() -> new InvestigationFileException(source, line,
                        "unknown role '" + named.strip() + "' (ANALYST, INVESTIGATOR, PARTNER, AUDITOR, ADMIN)")));
            }
        }
        return roles;
    }

    private static String required(String source, Map<String, String> fields, String field, int headerEnd) {
        String value = fields.get(field);
        if (value == null || value.isBlank()) {
            throw new InvestigationFileException(source, Math.max(1, headerEnd), "header has no " + field);
        }
        return value;
    }

    private static int lineOf(List<String> lines, String field) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FIELD.matcher(lines.get(i).strip());
            if (m.matches() && m.group(1).equals(field)) {
                return i + 1;
            }
        }
        return 1;
    }

    private static int leadingBlankLines(List<String> lines, int from) {
        int blank = 0;
        while (from + blank < lines.size() && lines.get(from + blank).isBlank()) {
            blank++;
        }
        return blank;
    }

    /** Declared names, for the declared = used check. */
    static Set<String> declared(Investigation investigation) {
        Set<String> names = new HashSet<>();
        investigation.parameters().forEach(p -> names.add(p.name()));
        return names;
    }
}
