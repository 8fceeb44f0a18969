package uk.toex.crosslink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.toex.crosslink.security.AuditEntry;

/** How every command names its operator and purpose in audit events: options, then environment, then the OS account. */
class OperatorOptionsTest {

    @Command(name = "some-command")
    static class SomeCommand {
        @Mixin
        OperatorOptions operator;

        SomeCommand(Map<String, String> environment) {
            operator = new OperatorOptions(environment::get);
        }
    }

    private static OperatorOptions parsed(Map<String, String> environment, String... args) {
        SomeCommand command = new SomeCommand(environment);
        new CommandLine(command).parseArgs(args);
        return command.operator;
    }

    @Test
    void optionsNameTheOperatorAndPurposeBeforeTheEnvironment() {
        OperatorOptions operator = parsed(Map.of("CROSSLINK_USER", "env-user", "CROSSLINK_PURPOSE", "env purpose"),
                "--user", "ann.analyst", "--purpose", "OP-1234 export for review");
        assertThat(operator.caller().subject()).isEqualTo("ann.analyst");
        assertThat(operator.purpose()).isEqualTo("OP-1234 export for review");
    }

    @Test
    void theEnvironmentNamesThemWhenNoOptionDoes() {
        OperatorOptions operator = parsed(Map.of("CROSSLINK_USER", "svc-nightly", "CROSSLINK_PURPOSE", "nightly load"));
        assertThat(operator.caller().subject()).isEqualTo("svc-nightly");
        assertThat(operator.purpose()).isEqualTo("nightly load");
    }

    @Test
    void withNeitherTheOperatorIsTheOsAccountAndThereIsNoPurpose() {
        OperatorOptions operator = parsed(Map.of());
        assertThat(operator.caller().subject()).isEqualTo("os:" + System.getProperty("user.name"));
        assertThat(operator.purpose()).isNull();
    }

    @Test
    void theAuditEntryIsOnTheCliChannelNamedAfterTheCommandWithTheOperatorsFullAccess() {
        AuditEntry entry = parsed(Map.of(), "--user", "ops", "--purpose", "reload\nKENT").audit("export-entities")
                .outcome(AuditEntry.Outcome.OK);
        assertThat(entry.channel()).isEqualTo("cli");
        assertThat(entry.subject()).isEqualTo("ops");
        assertThat(entry.purpose()).isEqualTo("reload KENT");
        assertThat(entry.operation()).isEqualTo("export-entities");
        assertThat(entry.operationType()).isEqualTo("command");
        assertThat(entry.forces()).containsExactly("*");
    }
}
