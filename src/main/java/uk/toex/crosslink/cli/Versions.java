package uk.toex.crosslink.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: Crosslink's version and the Neo4j engine's, as the build recorded them. */
final class Versions implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties versions = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/crosslink-version.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {
                "Crosslink " + versions.getProperty("crosslink", "(version unknown)"),
                "Neo4j " + versions.getProperty("neo4j", "(version unknown)") + " community (embedded engine)",
                "Java " + System.getProperty("java.version")};
    }
}
