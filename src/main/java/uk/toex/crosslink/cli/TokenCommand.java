package uk.toex.crosslink.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.springframework.boot.convert.DurationStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.security.SecurityProperties;
import uk.toex.crosslink.security.token.LocalIssuer;

/**
 * {@code token --user U --roles R1,R2 --forces F1,F2}: prints a bearer token signed by the
 * embedded default's local issuer. Never starts the store; refused when an external issuer is
 * configured, since the service would not trust the token.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print a signed bearer token from the local issuer (development and tests only).")
public class TokenCommand implements Callable<Integer> {

    private static final Pattern FORCE = Pattern.compile("[A-Z_]{2,32}");

    @Spec
    CommandSpec spec;

    @Option(names = "--user", required = true, description = "Subject of the token.")
    String user;

    @Option(names = "--roles", required = true, split = ",",
            description = "Comma-separated: ANALYST, INVESTIGATOR, PARTNER, AUDITOR, ADMIN.")
    List<String> roles;

    @Option(names = "--forces", required = true, split = ",", description = "Comma-separated force codes, or '*' for all.")
    List<String> forces;

    @Option(names = "--ttl", defaultValue = "8h", description = "Lifetime, e.g. 8h, 30m, PT1H (default ${DEFAULT-VALUE}).")
    String ttl;

    private final CommandSettings settings;

    public TokenCommand(CommandContext context) {
        this.settings = new CommandSettings(context, System::getenv);
    }

    @Override
    public Integer call() {
        String issuerUri = settings.get("crosslink.security.issuer-uri", null);
        String jwkSetUri = settings.get("crosslink.security.jwk-set-uri", null);
        if (issuerUri != null || jwkSetUri != null) {
            throw new BadInputException("token: an external issuer is configured (crosslink.security."
                    + (issuerUri != null ? "issuer-uri" : "jwk-set-uri") + "); get tokens from that issuer");
        }
        Caller caller = Caller.of(subject(), roles(), forces());
        LocalIssuer issuer = new LocalIssuer(Path.of(settings.get("crosslink.data-dir", "data")),
                settings.get("crosslink.security.local-issuer", SecurityProperties.LOCAL_ISSUER),
                settings.get("crosslink.security.audience", "crosslink"));
        spec.commandLine().getOut().println(issuer.mint(caller, lifetime()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private String subject() {
        if (user.isBlank()) {
            throw new BadInputException("token: --user must not be empty");
        }
        return user.strip();
    }

    private List<Role> roles() {
        return roles.stream().map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> Role.parse(r).orElseThrow(() -> new BadInputException(
                        "token: unknown role '" + r + "' in --roles; expected ANALYST, INVESTIGATOR, PARTNER, AUDITOR or ADMIN")))
                .toList();
    }

    private List<String> forces() {
        List<String> codes = forces.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
        codes.stream().filter(f -> !f.equals(Caller.ALL_FORCES) && !FORCE.matcher(f).matches()).findFirst()
                .ifPresent(f -> {
                    throw new BadInputException("token: force code '" + f + "' in --forces must match [A-Z_]{2,32} or be '*'");
                });
        return codes;
    }

    private Duration lifetime() {
        try {
            Duration parsed = DurationStyle.detectAndParse(ttl);
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException();
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("token: --ttl '" + ttl + "' is not a positive duration such as 8h or 30m");
        }
    }
}
