package uk.toex.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

class StoreOpeningTest {

    @TempDir
    Path dataDir;

    private AnnotationConfigApplicationContext context() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()); // as for commands
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("command", Map.of(
                "crosslink.data-dir", dataDir.toString(), "crosslink.neo4j.bolt-port", "0",
                "crosslink.neo4j.page-cache", "64m", StoreConfiguration.IN_PROCESS_ONLY, "true")));
        new StoreOpening().initialize(context);
        return context;
    }

    @Test
    void theStoreBeanTakesTheStoreOpenedMeanwhileWithTheCommandsSettings() {
        try (AnnotationConfigApplicationContext context = context()) {
            context.registerBean(CrosslinkProperties.class, () -> new CrosslinkProperties(Path.of("elsewhere"),
                    new CrosslinkProperties.Neo4j(null, "neo4j", null, "neo4j", 0, "64m", "256m", Duration.ofSeconds(60))));
            context.register(StoreConfiguration.class);
            context.refresh();

            StoreConnection store = context.getBean(StoreConnection.class);
            assertThat(store.isEmbedded()).isTrue();
            assertThat(store.embeddedBoltUri()).isEmpty(); // in-process only: no Bolt
        }
        assertThat(dataDir.resolve("data/databases/neo4j")).isDirectory();
    }

    @Test
    void aContextThatNeverTakesTheStoreClosesItSoTheNextProcessCanOpenIt() {
        for (int run = 0; run < 2; run++) {
            try (AnnotationConfigApplicationContext context = context()) {
                context.refresh();
            }
        }
        try (StoreConnection store = StoreConnection.open(new CrosslinkProperties(dataDir,
                new CrosslinkProperties.Neo4j(null, "neo4j", null, "neo4j", 0, "64m", "256m", Duration.ofSeconds(60))), false)) {
            assertThat(store.embeddedDatabase()).isPresent();
        }
    }
}
