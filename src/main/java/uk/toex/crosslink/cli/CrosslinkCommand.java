package uk.toex.crosslink.cli;

import picocli.CommandLine.Command;

/**
 * {@code java -jar crosslink.jar [COMMAND]}. Without a command the service serves; see
 * shared/contract/cli.md for the contract each command keeps.
 */
@Command(name = "crosslink", mixinStandardHelpOptions = true,
        description = "Cross-force person graph with explainable entity resolution.",
        subcommands = {
                GenerateCommand.class,
                uk.toex.crosslink.security.token.TokenCommand.class,
                IngestCommand.class,
                InvestigateCommand.class,
            uk.toex.crosslink.resolution.cli.ResolveCommand.class,
            uk.toex.crosslink.resolution.cli.ExportEntitiesCommand.class,
            uk.toex.crosslink.resolution.cli.AccuracyCommand.class,
            uk.toex.crosslink.resolution.cli.BenchCommand.class,
        })
public class CrosslinkCommand {
}
