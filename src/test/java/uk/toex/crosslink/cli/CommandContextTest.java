package uk.toex.crosslink.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import uk.toex.crosslink.search.SearchTokenIndexer;
import uk.toex.crosslink.support.TestNeo4j;

/** What a command's Spring context builds, and what it leaves to the service. */
class CommandContextTest extends CommandTest {

    @Test
    void leavesTheStartUpSearchWordsCatchUpToTheServiceButKeepsIndexingWhatItIngests() throws ClassNotFoundException {
        // package-private in search: the service's own start-up listener
        Class<?> catchUpOnStart = Class.forName("uk.toex.crosslink.search.SearchWordsOnStart");
        try (CommandContext context = new CommandContext(List.of("--crosslink.neo4j.uri=" + TestNeo4j.boltUri(),
                "--crosslink.data-dir=" + temp.resolve("data")))) {
            assertThat(context.bean(SearchTokenIndexer.class)).isNotNull();
            assertThatThrownBy(() -> context.bean(catchUpOnStart)).isInstanceOf(NoSuchBeanDefinitionException.class);
        }
    }
}
