package uk.toex.crosslink.investigations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.security.BadRequestException;

/**
 * A declared parameter type: {@code string}, {@code int}, {@code float}, {@code boolean},
 * {@code date}, {@code id}, or {@code list<T>} of one of these. Converts what a caller gives (JSON
 * values from GraphQL, text from the command line or a header default) into the value the
 * statement receives, or says what was wrong.
 *
 * @param base the element type
 * @param list whether the parameter is a list of {@code base}
 */
public record ParameterType(Base base, boolean list) {

    /** The element types. */
    public enum Base { STRING, INT, FLOAT, BOOLEAN, DATE, ID }

    public static Optional<ParameterType> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        boolean list = t.startsWith("list<") && t.endsWith(">");
        String element = list ? t.substring(5, t.length() - 1).strip() : t;
        return Arrays.stream(Base.values()).filter(b -> b.name().toLowerCase(Locale.ROOT).equals(element)).findFirst()
                .map(b -> new ParameterType(b, list));
    }

    /** The value for the statement; text given for a list is split on commas. */
    public Object convert(String name, Object value) {
        if (!list) {
            return element(name, value);
        }
        Collection<?> values = value instanceof Collection<?> c ? c
                : value instanceof String s ? (s.isBlank() ? List.of() : Arrays.asList(s.split(","))) : List.of(value);
        return values.stream().map(v -> element(name, v instanceof String s ? s.strip() : v)).toList();
    }

    private Object element(String name, Object value) {
        try {
            return switch (base) {
                case STRING -> text(value);
                case INT -> value instanceof Number n && n.doubleValue() == n.longValue() ? n.longValue() : Long.parseLong(text(value).strip());
                case FLOAT -> value instanceof Number n ? n.doubleValue() : Double.parseDouble(text(value).strip());
                case BOOLEAN -> value instanceof Boolean b ? b : bool(text(value));
                case DATE -> LocalDate.parse(text(value).strip());
                case ID -> key(text(value).strip());
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadRequestException("parameter " + name + ": expected " + this + ", got " + shown(value));
        }
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("not text");
    }

    private static boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    /** A read API global id stands for its node's key (the statement matches on keys); a plain key stays. */
    private static String key(String id) {
        try {
            return GlobalId.decode(id).key();
        } catch (BadRequestException notGlobal) {
            return id;
        }
    }

    private static String shown(Object value) {
        String s = value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    @Override
    public String toString() {
        String element = base.name().toLowerCase(Locale.ROOT);
        return list ? "list<" + element + ">" : element;
    }
}
