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
                uk.toex.crosslink.cli.TokenCommand.class,
                IngestCommand.class,
                InvestigateCommand.class,
            uk.toex.crosslink.cli.ResolveCommand.class,
            uk.toex.crosslink.cli.ExportEntitiesCommand.class,
            uk.toex.crosslink.cli.AccuracyCommand.class,
            uk.toex.crosslink.cli.BenchCommand.class,
        })
public class CrosslinkCommand {
}
