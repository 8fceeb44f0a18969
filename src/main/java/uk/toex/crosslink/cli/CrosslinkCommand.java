package uk.toex.crosslink.cli;

import picocli.CommandLine.Command;

/**
 * {@code java -jar crosslink.jar [COMMAND]}. Without a command the service serves; docs/CLI.md
 * describes every command. The options every command shares are Spring settings the launcher
 * takes before picocli parses (LaunchArguments), so the help lists them in its footer.
 */
@Command(name = "crosslink", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        customSynopsis = "java -jar target/crosslink.jar [OPTIONS] [COMMAND [COMMAND OPTIONS]]",
        description = {"Cross-force person graph with explainable entity resolution.",
                "Without a command: serve GraphQL at POST /graphql and GraphiQL at /graphiql."},
        footerHeading = "%nOptions every command takes (docs/CLI.md):%n",
        footer = {
                "  --demo               serve, first loading the demo world into an empty",
                "                       store; requests without a token act as a demo analyst",
                "  --data-dir DIR       the embedded store, its secrets and reject files",
                "                       (default ./data)",
                "  --server.port=N      HTTP port when serving (default 8080)",
                "  --crosslink.neo4j.bolt-port=N",
                "                       embedded Bolt port on 127.0.0.1 (default 7687, 0 = no",
                "                       fixed port); user neo4j, password in",
                "                       DATA_DIR/security/bolt-password",
                "  --crosslink.neo4j.bolt-enabled=false",
                "                       close Bolt to other tools",
                "  --crosslink.neo4j.page-cache=SIZE",
                "                       embedded page cache (default 512m)",
                "  --crosslink.neo4j.uri=URI",
                "                       an external Neo4j 5 server (bolt://, neo4j://,",
                "                       neo4j+s://) instead of the embedded store",
                "  --crosslink.neo4j.user=U, --crosslink.neo4j.password=P",
                "                       the external server's login",
                "  --user NAME, --purpose TEXT",
                "                       who runs a command that reads or changes data, and why,",
                "                       for the audit log (or CROSSLINK_USER, CROSSLINK_PURPOSE)",
                "",
                "Exit codes: 0 done, 1 failed, 2 bad usage. COMMAND --help: its own options."},
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
