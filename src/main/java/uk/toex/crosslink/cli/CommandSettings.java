package uk.toex.crosslink.cli;

import java.util.Locale;
import java.util.function.Function;

/**
 * Settings for a command that must not start Spring (and so the store): from the command line
 * first, then from the environment as Spring's relaxed binding would read them
 * ({@code crosslink.security.issuer-uri} ← {@code CROSSLINK_SECURITY_ISSUERURI}).
 */
final class CommandSettings {

    private final CommandContext context;
    private final Function<String, String> environment;

    CommandSettings(CommandContext context, Function<String, String> environment) {
        this.context = context;
        this.environment = environment;
    }

    String get(String name, String fallback) {
        String value = context.setting(name);
        if (value == null) {
            String base = name.toUpperCase(Locale.ROOT).replace('.', '_');
            value = environment.apply(base.replace("-", ""));
            if (value == null) {
                value = environment.apply(base.replace('-', '_'));
            }
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
