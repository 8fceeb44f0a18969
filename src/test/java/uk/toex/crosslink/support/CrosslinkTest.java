package uk.toex.crosslink.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a random HTTP port against the shared harness. Every test class that
 * uses it shares one cached Spring context; tests clear the store before they run. Metrics
 * export stays on (Boot turns it off in tests by default) so the Prometheus endpoint can be tested.
 *
 * <p>Security is on as in production (outside {@code --demo}): HTTP requests need a bearer
 * token and {@code X-Purpose}. Inject {@link GraphQlTesters} ({@code analyst("NORFOLK")},
 * {@code partner(...)}, {@code auditor()}...) or {@link Tokens} to make them. The properties
 * below are the same for every class, so the context stays shared.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "crosslink.data-dir=target/test-data",
        "crosslink.analytics.as-of=2026-01-01",
        "crosslink.security.cors-origins=https://console.crosslink.test",
        "crosslink.investigations.dir=src/test/resources/investigations",
        // a loaded test machine plans the caller's view slowly on first use; production keeps 30s
        "crosslink.investigations.timeout=90s",
        // tests load fixtures behind the writers' backs; those that read person facts catch them up themselves
        "crosslink.person-facts.catch-up-on-start=false"})
@ContextConfiguration(initializers = HarnessInitializer.class)
@Import({TestSecurity.class, SlowReadField.class, InProcessStore.class, GraphQlDispatches.class})
public @interface CrosslinkTest {
}
