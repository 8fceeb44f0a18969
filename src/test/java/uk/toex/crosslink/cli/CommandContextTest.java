package uk.toex.crosslink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import uk.toex.crosslink.search.SearchTokenIndexer;
import uk.toex.crosslink.support.TestNeo4j;

/** What a command's Spring context builds, and what it leaves to the service. */
class CommandContextTest extends CommandTest {

    @Test
    void leavesTheStartUpSearchWordsCatchUpToTheServiceButKeepsIndexingWhatItIngests() {
        try (CommandContext context = new CommandContext(List.of("--crosslink.neo4j.uri=" + TestNeo4j.boltUri(),
                "--crosslink.data-dir=" + temp.resolve("data")))) {
            ApplicationContext beans = context.bean(ApplicationContext.class);
            assertThat(beans.getBeanNamesForType(SearchTokenIndexer.class)).hasSize(1);
            assertThat(beans.containsBean("searchWordsOnStart")).isFalse();
        }
    }
}
