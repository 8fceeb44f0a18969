package uk.toex.crosslink.security.web;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import uk.toex.crosslink.security.SecurityProperties;

/**
 * Browser origins allowed to call the API ({@code crosslink.security.cors-origins}); none by
 * default, so only pages served by Crosslink itself (GraphiQL) can. Tokens travel in a header,
 * never in cookies, so credentials are not allowed.
 */
@Configuration(proxyBeanMethods = false)
class CorsPolicy {

    @Bean
    CorsConfigurationSource corsConfigurationSource(SecurityProperties security) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!security.corsOrigins().isEmpty()) {
            CorsConfiguration config = new CorsConfiguration();
            config.setAllowedOrigins(List.copyOf(security.corsOrigins()));
            config.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
            config.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", Purpose.HEADER));
            config.setAllowCredentials(false);
            config.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/**", config);
        }
        return source;
    }
}
