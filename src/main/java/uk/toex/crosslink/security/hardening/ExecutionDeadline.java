package uk.toex.crosslink.security.hardening;

import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.time.Duration;

/**
 * Makes the request timeout stop the work, not only the wait: execution runs on the request's
 * thread, so an interceptor's timeout cannot interrupt it. Past the deadline every field that
 * would call a controller resolves to null with a {@code TIMEOUT} error instead, so nothing below
 * it runs and the response goes out at once (property fields of objects already fetched are
 * left to finish: they do no work).
 */
class ExecutionDeadline extends SimplePerformantInstrumentation {

    /** The error classification of a request or read stopped for taking too long (an error, not a refusal). */
    static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

    private final Duration timeout;

    ExecutionDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    private record Deadline(long nanos) implements InstrumentationState {
        boolean passed() {
            return System.nanoTime() - nanos > 0;
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (!(state instanceof Deadline deadline) || parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        return env -> {
            if (deadline.passed()) {
                return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env).errorType(TIMEOUT)
                        .message("stopped: the request took longer than " + timeout.toSeconds() + "s; ask for less")
                        .build()).build();
            }
            return fetcher.get(env);
        };
    }
}
