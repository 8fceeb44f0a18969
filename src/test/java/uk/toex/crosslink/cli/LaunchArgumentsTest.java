package uk.toex.crosslink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {

    @Test
    void servesWhenOnlySpringSettingsAreGiven() {
        var split = LaunchArguments.split(new String[] {"--demo", "--server.port=9090", "--data-dir", "/tmp/x"});
        assertThat(split.serve()).isTrue();
        assertThat(split.springArgs()).containsExactly(
                "--crosslink.demo.enabled=true", "--server.port=9090", "--crosslink.data-dir=/tmp/x");
    }

    @Test
    void passesTheCommandAndItsOptionsToPicocli() {
        var split = LaunchArguments.split(new String[] {
                "ingest", "/in/a", "/in/b", "--crosslink.neo4j.bolt-port=0", "--data-dir=/d"});
        assertThat(split.serve()).isFalse();
        assertThat(split.commandArgs()).containsExactly("ingest", "/in/a", "/in/b");
        assertThat(split.springArgs()).containsExactly("--crosslink.neo4j.bolt-port=0", "--crosslink.data-dir=/d");
    }
}
