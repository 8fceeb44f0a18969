package uk.toex.crosslink.support;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Test only: counts the servlet dispatches of {@code /graphql} by type (a request answered in place
 * is one {@code REQUEST}; one answered asynchronously adds an {@code ASYNC}), and lets a request ask
 * for its execution to finish later, on another thread ({@link #ANSWER_LATER} header), as a data
 * fetcher returning a future would. Part of every {@code @CrosslinkTest}, so the cached context stays one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GraphQlDispatches {

    /** Header: the execution's result is handed on 50 ms later from a scheduler thread. */
    public static final String ANSWER_LATER = "X-Test-Answer-Later";

    private static final Map<DispatcherType, AtomicLong> COUNTS = new ConcurrentHashMap<>();

    /** Dispatches of {@code /graphql} of this type since the context started. */
    public static long count(DispatcherType type) {
        return COUNTS.computeIfAbsent(type, t -> new AtomicLong()).get();
    }

    @Bean
    FilterRegistrationBean<Filter> graphQlDispatchCounter() {
        Filter counter = (request, response, chain) -> {
            COUNTS.computeIfAbsent(request.getDispatcherType(), t -> new AtomicLong()).incrementAndGet();
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(counter);
        registration.addUrlPatterns("/graphql");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    WebGraphQlInterceptor answerLater() {
        return (request, chain) -> request.getHeaders().containsKey(ANSWER_LATER)
                ? chain.next(request).delayElement(Duration.ofMillis(50))
                : chain.next(request);
    }
}
