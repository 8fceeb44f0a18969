package uk.toex.crosslink.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The request timeout stops execution itself: a walk whose every step works for a while (here
 * 200 ms of sleep, as a slow computation would) ends soon after the deadline with a TIMEOUT error,
 * and the steps below it never run. Counted in steps run, not in time measured.
 */
class ExecutionDeadlineTest {

    static final String SCHEMA = "type Query { step: Step } type Step { next: Step depth: Int }";

    final AtomicInteger stepsRun = new AtomicInteger();

    GraphQL engine(Duration timeout) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("step", env -> work(0)))
                .type("Step", t -> t.dataFetcher("next", env -> work((Integer) ((Map<?, ?>) env.getSource()).get("depth") + 1)))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        return GraphQL.newGraphQL(schema).instrumentation(new ExecutionDeadline(timeout)).build();
    }

    Map<String, Object> work(int depth) throws InterruptedException {
        stepsRun.incrementAndGet();
        Thread.sleep(200);
        return Map.of("depth", depth);
    }

    static String walk(int steps) {
        return "{ step { " + "next { ".repeat(steps) + "depth" + " }".repeat(steps) + " } }";
    }

    @Test
    void aWalkPastTheDeadlineStopsWithATimeoutErrorAndRunsNoFurtherSteps() {
        ExecutionResult result = engine(Duration.ofMillis(500)).execute(walk(40));

        assertThat(result.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("TIMEOUT");
            assertThat(e.getMessage()).startsWith("stopped: the request took longer than");
        });
        assertThat(stepsRun.get()).isBetween(2, 5);
    }

    @Test
    void aWalkWithinTheDeadlineRunsEveryStep() {
        ExecutionResult result = engine(Duration.ofSeconds(30)).execute(walk(3));

        assertThat(result.getErrors()).isEmpty();
        assertThat(stepsRun.get()).isEqualTo(4);
    }
}
