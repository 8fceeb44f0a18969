package uk.toex.crosslink.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import uk.toex.crosslink.security.token.LocalIssuer;

/** Test beans every {@code @CrosslinkTest} gets: {@link Tokens} and {@link GraphQlTesters}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSecurity {

    @Bean
    Tokens tokens(LocalIssuer issuer) {
        return new Tokens(issuer);
    }

    @Bean
    GraphQlTesters graphQlTesters(Environment environment, Tokens tokens) {
        return new GraphQlTesters(environment, tokens);
    }
}
