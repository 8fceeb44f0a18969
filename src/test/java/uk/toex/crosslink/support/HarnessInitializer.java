package uk.toex.crosslink.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at the shared test harness instead of an embedded store. */
public class HarnessInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("crosslink.neo4j.uri=" + TestNeo4j.boltUri()).applyTo(context);
    }
}
