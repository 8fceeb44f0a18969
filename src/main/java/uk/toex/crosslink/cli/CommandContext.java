package uk.toex.crosslink.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import uk.toex.crosslink.store.StoreConfiguration;

/**
 * The Spring context behind a command, started only when a command first needs a bean, so
 * that bad usage is reported without opening the store.
 */
public final class CommandContext implements AutoCloseable {

    private final List<String> springArgs;
    private ConfigurableApplicationContext context;
    private boolean inProcessOnly;

    CommandContext(List<String> springArgs) {
        this.springArgs = springArgs;
    }

    public synchronized <T> T bean(Class<T> type) {
        if (context == null) {
            List<String> args = new ArrayList<>(springArgs);
            if (inProcessOnly) {
                args.add("--" + StoreConfiguration.IN_PROCESS_ONLY + "=true");
            }
            context = Launcher.startContext(args);
        }
        return context.getBean(type);
    }

    /**
     * Said by a command whose Cypher all runs in-process through {@code store.CypherRunner}, before
     * its first bean: the store then starts without the Bolt driver, and without a Bolt connector
     * unless Bolt is open to other tools.
     */
    public synchronized void inProcessOnly() {
        if (context != null) {
            throw new IllegalStateException("inProcessOnly() must come before the first bean");
        }
        inProcessOnly = true;
    }

    /** A Spring setting given on the command line, e.g. {@code crosslink.data-dir}, or null. */
    public String setting(String name) {
        String prefix = "--" + name + "=";
        return springArgs.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
                .reduce((a, b) -> b).orElse(null);
    }

    /** Whether the Spring context (and with it the store) has been started. */
    public synchronized boolean started() {
        return context != null;
    }

    /**
     * A setting from the command line, else from the environment as Spring would read it
     * ({@code crosslink.data-dir} from {@code CROSSLINK_DATADIR} or {@code CROSSLINK_DATA_DIR}), else the default.
     */
    public String setting(String name, String fallback) {
        String given = setting(name);
        if (given != null) {
            return given;
        }
        String env = name.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
        for (String candidate : List.of(env.replace("-", ""), env.replace('-', '_'))) {
            String value = System.getenv(candidate);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return fallback;
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
        }
    }
}
