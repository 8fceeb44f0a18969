package uk.toex.crosslink.investigations;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import uk.toex.crosslink.security.BadRequestException;

/**
 * The values a run binds: the caller's, converted to their declared types, and the defaults for
 * the rest. Unknown or missing parameters are refused with a message naming them.
 */
final class ParameterValues {

    private ParameterValues() {
    }

    static Map<String, Object> bind(Investigation inv, Map<String, ?> given) {
        Map<String, ?> raw = given == null ? Map.of() : given;
        for (String key : raw.keySet()) {
            if (inv.parameters().stream().noneMatch(p -> p.name().equals(key))) {
                throw new BadRequestException("investigation " + inv.name() + " has no parameter " + key + " (it takes: "
                        + declaredList(inv) + ")");
            }
        }
        Map<String, Object> bound = new HashMap<>();
        for (InvestigationParameter p : inv.parameters()) {
            Object value = raw.get(p.name());
            if (value == null && p.required()) {
                throw new BadRequestException("parameter " + p.name() + " is required: expected " + p.type());
            }
            bound.put(p.name(), value == null ? p.defaultValue() : p.type().convert(p.name(), value));
        }
        return bound;
    }

    /**
     * The parameters as the audit log keeps them: ids, numbers and booleans in clear, every other
     * string (names, phones, dates...) replaced by {@code hash}, as for GraphQL variables.
     */
    static Map<String, Object> forAudit(Investigation inv, Map<String, Object> bound, UnaryOperator<String> hash) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (InvestigationParameter p : inv.parameters()) {
            Object value = bound.get(p.name());
            boolean clear = p.type().base() != ParameterType.Base.STRING && p.type().base() != ParameterType.Base.DATE;
            out.put(p.name(), clear || value == null ? value : hashed(value, hash));
        }
        return out;
    }

    private static Object hashed(Object value, UnaryOperator<String> hash) {
        return value instanceof List<?> values ? values.stream().map(v -> hash.apply(String.valueOf(v))).toList()
                : hash.apply(String.valueOf(value));
    }

    private static String declaredList(Investigation inv) {
        return inv.parameters().isEmpty() ? "none"
                : inv.parameters().stream().map(InvestigationParameter::name).collect(Collectors.joining(", "));
    }
}
