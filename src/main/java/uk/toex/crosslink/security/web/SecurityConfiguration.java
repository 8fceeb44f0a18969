package uk.toex.crosslink.security.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import uk.toex.crosslink.security.AuditLog;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.CurrentCaller;
import uk.toex.crosslink.security.DemoMode;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.security.SecurityProperties;
import uk.toex.crosslink.security.token.CallerAuthenticationConverter;

/**
 * HTTP security: stateless bearer-token resource server. {@code /graphql} needs a valid token
 * (with {@code --demo}, a request without one acts as the demo analyst), {@code /ingest} needs
 * ADMIN, GraphiQL's page with its assets and health probes are open, everything else needs a token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JwtDecoder decoder, CallerAuthenticationConverter converter,
                                            SecurityProperties security, DemoMode demo, CurrentCaller callers,
                                            AuditLog audit) throws Exception {
        UnauthorizedEntryPoint unauthorized = new UnauthorizedEntryPoint();
        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults()) // the bean named corsConfigurationSource (CorsPolicy)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .authorizeHttpRequests(auth -> rules(auth, demo.enabled()))
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(new ForbiddenHandler()))
                .addFilterAfter(new PurposeFilter(demo, callers, audit), AuthorizationFilter.class)
                // inside the refusal audit, so that a 413 for a known caller is an audit event too
                .addFilterAfter(new RefusalAudit(callers, audit), PurposeFilter.class)
                .addFilterAfter(new RequestSizeLimitFilter(security.limits().maxRequestBytes()), RefusalAudit.class);
        if (demo.enabled()) {
            http.anonymous(a -> a.principal(Caller.demoAnalyst()).authorities(Role.ANALYST.authority()));
        }
        return http.build();
    }

    /**
     * No Micrometer observation of each security filter, authentication and authorisation: nothing
     * reads them (request timings come from the server's own {@code http.server.requests}), and
     * wrapping every filter of the chain in an observation cost about 7 % of a request's CPU.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    private static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
                              boolean demo) {
        // GraphiQL's page and its static assets (WebJars, favicon) hold no data
        auth.requestMatchers("/error", "/graphiql", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
                        "/actuator/info")
                .permitAll()
                .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                .requestMatchers(Paths.INGEST, Paths.INGEST + "/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
        if (demo) {
            auth.requestMatchers(Paths.GRAPHQL).permitAll();
        }
        auth.anyRequest().authenticated();
    }
}
