package uk.toex.crosslink.cli;

import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;
import uk.toex.crosslink.security.AuditEntry;
import uk.toex.crosslink.security.AuditEntryBuilder;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.web.Purpose;

/**
 * Who runs a command and why, as its audit events name them (docs/SECURITY.md): {@code --user} and
 * {@code --purpose}, else the environment's {@code CROSSLINK_USER} and {@code CROSSLINK_PURPOSE},
 * else the operating-system account ({@code os:<login>}) and no purpose. Every command that reads
 * or changes data mixes this in ({@code @Mixin OperatorOptions operator}) and records through
 * {@link #audit(String)}, so all commands attribute their work the same way.
 */
public class OperatorOptions {

    static final String USER_ENV = "CROSSLINK_USER";
    static final String PURPOSE_ENV = "CROSSLINK_PURPOSE";

    @Option(names = "--user", paramLabel = "NAME",
            description = "Who runs this, for the audit log (default: $CROSSLINK_USER, else os:<login>).")
    String user;

    @Option(names = "--purpose", paramLabel = "TEXT",
            description = "Why, for the audit log: an operation name or reference (default: $CROSSLINK_PURPOSE).")
    String purpose;

    private final Function<String, String> environment;

    public OperatorOptions() {
        this(System::getenv);
    }

    OperatorOptions(Function<String, String> environment) {
        this.environment = environment;
    }

    /** The operator, who holds the store and so reads with the system scope, named for the audit log. */
    public Caller caller() {
        String named = firstGiven(user, environment.apply(USER_ENV));
        return named == null ? Caller.commandLineOperator() : Caller.commandLineOperator(named);
    }

    /** The justification, cleaned as {@code X-Purpose} is; null when none was given. */
    public String purpose() {
        return Purpose.of(firstGiven(purpose, environment.apply(PURPOSE_ENV))).orElse(null);
    }

    /** An audit entry for this command run: channel {@code cli}, operation the command's name. */
    public AuditEntryBuilder audit(String command) {
        return AuditEntry.by(caller(), "cli").purpose(purpose()).operation(command, "command", List.of(command));
    }

    private static String firstGiven(String option, String env) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        return env == null || env.isBlank() ? null : env.strip();
    }
}
