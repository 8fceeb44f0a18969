package uk.toex.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherLibraryTest {

    private final CypherLibrary library = new CypherLibrary();

    @Test
    void expandsTheVisibilityFragmentWithTheGivenVariable() {
        String expanded = library.get("fragments/visible").replace("__", "r");
        assertThat(expanded).contains("r.force IN $scope.forces").doesNotContain("//");
    }

    @Test
    void refusesAnUnknownFileByName() {
        assertThatThrownBy(() -> library.get("queries/no-such-query"))
                .hasMessageContaining("cypher/queries/no-such-query.cypher");
    }

    @Test
    void expandsFragmentsThatIncludeFragmentsWithVariablesNamedAfterTheCaller() {
        String expanded = library.get("queries/nodes/Phone");
        assertThat(expanded).contains("(phRec:PersonRecord)-[:HAS_PHONE]->(ph)").contains("phRec.force IN $scope.forces")
                .doesNotContain("{{").doesNotContain("__");
    }

    @Test
    void everyQueryFileExpandsCompletely() throws java.io.IOException {
        var files = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:cypher/queries/**/*.cypher");
        assertThat(files).hasSizeGreaterThan(40);
        for (var file : files) {
            String path = file.getURL().getPath();
            String name = path.substring(path.lastIndexOf("cypher/queries/") + "cypher/".length(), path.length() - ".cypher".length());
            assertThat(library.get(name)).as(name).doesNotContain("{{").doesNotContain("__");
        }
    }
}
