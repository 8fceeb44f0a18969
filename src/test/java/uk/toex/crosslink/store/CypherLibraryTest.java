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
}
