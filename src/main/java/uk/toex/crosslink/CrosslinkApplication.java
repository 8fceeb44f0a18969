package uk.toex.crosslink;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import uk.toex.crosslink.cli.Launcher;

/**
 * Entry point. With no sub-command the service is served over HTTP; with one
 * (ingest, resolve, ...) the matching picocli command runs in a non-web context and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrosslinkApplication {

    public static void main(String[] args) {
        Launcher.launch(args).ifPresent(System::exit);
    }
}
