package uk.toex.crosslink.cli;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine;
import uk.toex.crosslink.CrosslinkApplication;
import uk.toex.crosslink.ingest.bulk.OfflineImporter;
import uk.toex.crosslink.store.StoreOpening;

/** Serves, or runs one command and says how it ended (0 done, 1 failed, 2 bad usage). */
public final class Launcher {

    private Launcher() {
    }

    /** @return the exit code of a command, or empty while the service keeps serving */
    public static OptionalInt launch(String[] args) {
        LaunchArguments split = LaunchArguments.split(args);
        if (split.serve()) {
            demoFirstLoad(new CommandContext(split.springArgs()));
            new SpringApplicationBuilder(CrosslinkApplication.class).run(split.springArgs().toArray(String[]::new));
            return OptionalInt.empty();
        }
        // before anything logs: a command's stdout is for its output only (logback.xml reads this)
        System.setProperty("CROSSLINK_LOG_TARGET", "System.err");
        CommandContext context = new CommandContext(split.springArgs());
        try {
            return OptionalInt.of(commandLine(context).execute(split.commandArgs().toArray(String[]::new)));
        } finally {
            context.close();
        }
    }

    /** {@code --demo} with a new embedded store: load the demo world before the service starts. */
    private static void demoFirstLoad(CommandContext settings) {
        Path dataDir = Path.of(settings.setting("crosslink.data-dir", "data"));
        if (Boolean.parseBoolean(settings.setting("crosslink.demo.enabled", "false"))
                && settings.setting("crosslink.neo4j.uri", "").isBlank() && OfflineImporter.storeIsNew(dataDir)) {
            DemoFirstLoad.seed(dataDir, Integer.parseInt(settings.setting("crosslink.demo.persons", "3000")),
                    Long.parseLong(settings.setting("crosslink.demo.seed", "1")));
        }
    }

    static CommandLine commandLine(CommandContext context) {
        CommandLine line = new CommandLine(new CrosslinkCommand(), new CommandFactory(context));
        line.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("error: " + OneLineError.of(ex));
            return ex instanceof BadInputException ? 2 : 1;
        });
        return line;
    }

    /**
     * A non-web Spring context for commands ({@link CommandApplication}), logging to stderr so stdout
     * stays machine-readable. Its beans are made when first needed, so a command builds only what it
     * uses (ingest never loads the saved investigations); start-up work (the schema) still runs. The
     * store opens on a second thread meanwhile ({@link StoreOpening}).
     */
    static org.springframework.context.ConfigurableApplicationContext startContext(java.util.List<String> springArgs) {
        System.setProperty("CROSSLINK_LOG_TARGET", "System.err");
        return new SpringApplicationBuilder(CommandApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .lazyInitialization(true)
                .initializers(new StoreOpening())
                .properties("crosslink.command=true")
                .run(springArgs.toArray(String[]::new));
    }
}
