package uk.toex.crosslink.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/ARCHITECTURE.md held on the source text of {@code src/main/java}: an
 * import and a fully qualified name in code both count (comments do not). This also sees what the
 * compiled classes can miss, such as a constant the compiler inlined.
 */
class SourceDependenciesTest {

    private final Map<String, Map<String, Set<String>>> edges =
            SourceDependencies.of(Path.of("src/main/java")).edges();

    @Test
    void theTopLevelPackageGraphHasNoCycle() {
        assertThat(PackageCycles.find(edges)).as("a cycle between top-level packages").isEmpty();
    }

    @Test
    void everyEdgeBetweenTopLevelPackagesIsAllowed() {
        List<String> broken = new ArrayList<>();
        edges.forEach((from, targets) -> targets.forEach((to, where) -> {
            String rule = PackageRules.broken(from, to);
            if (rule != null) {
                broken.add(from + " -> " + to + " (" + rule + ") at " + where);
            }
        }));
        assertThat(broken).isEmpty();
    }

    @Test
    void aFullyQualifiedNameInCodeCountsAndACommentDoesNot() {
        String source = """
                package uk.toex.crosslink.graph;
                // uses uk.toex.crosslink.cli.Launcher only in words
                /* nor uk.toex.crosslink.api.Anything here */
                class X { Object o = new uk.toex.crosslink.cli.CommandContext(); String s = "**/*.csv"; }
                """;
        String code = SourceDependencies.withoutComments(source);
        assertThat(code).contains("uk.toex.crosslink.cli.CommandContext").doesNotContain("Launcher", "Anything");
        assertThat(code.lines().count()).isEqualTo(source.lines().count());
    }

    @Test
    void theRulesRefuseWhatTheArchitectureForbids() {
        assertThat(PackageRules.broken("store", "security")).isNotNull();
        assertThat(PackageRules.broken("graph", "api")).isNotNull();
        assertThat(PackageRules.broken("investigations", "cli")).isNotNull();
        assertThat(PackageRules.broken("resolution", "ingest")).isNotNull();
        assertThat(PackageRules.broken("api", "demo")).isNotNull();
        assertThat(PackageRules.broken("demo", "ingest")).isNotNull();
        assertThat(PackageRules.broken("cli", "demo")).isNull();
        assertThat(PackageRules.broken("ingest", "resolution")).isNull();
        assertThat(PackageRules.broken("api", "graph")).isNull();
        assertThat(PackageCycles.find(Map.of("a", Map.of("b", Set.of()), "b", Map.of("c", Set.of()),
                "c", Map.of("a", Set.of())))).containsExactly("a", "b", "c", "a");
    }
}
