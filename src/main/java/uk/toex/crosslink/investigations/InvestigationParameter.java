package uk.toex.crosslink.investigations;

/**
 * One declared parameter of an investigation ({@code // param: NAME TYPE (required | default VALUE) DESCRIPTION}).
 *
 * @param defaultValue the default already converted to the type, or null when required
 * @param line         the header line that declares it (for error messages)
 */
public record InvestigationParameter(String name, ParameterType type, boolean required, Object defaultValue,
                                     String description, int line) {
}
