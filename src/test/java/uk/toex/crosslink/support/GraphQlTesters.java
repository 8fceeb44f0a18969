package uk.toex.crosslink.support;

import java.time.Duration;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;

/**
 * GraphQL testers that call the running test service over real HTTP as a given caller, with
 * a real token and an {@code X-Purpose}: the one way tests make a GraphQL tester. Documents
 * named with {@code documentName} come from {@code graphql-test/}. Inject it in any {@code @CrosslinkTest}:
 * <pre>
 *   &#64;Autowired GraphQlTesters graphQl;
 *   graphQl.analyst("NORFOLK").document("{ persons { totalCount } }").execute()...
 * </pre>
 */
public class GraphQlTesters {

    public static final String PURPOSE = "test: automated check";
    /** The first request of a JVM plans every query; later ones take milliseconds. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Environment environment;
    private final Tokens tokens;

    public GraphQlTesters(Environment environment, Tokens tokens) {
        this.environment = environment;
        this.tokens = tokens;
    }

    public HttpGraphQlTester analyst(String... forces) {
        return as("analyst", Set.of(Role.ANALYST), forces);
    }

    public HttpGraphQlTester investigator(String... forces) {
        return as("investigator", Set.of(Role.INVESTIGATOR), forces);
    }

    public HttpGraphQlTester partner(String... forces) {
        return as("partner", Set.of(Role.PARTNER), forces);
    }

    public HttpGraphQlTester admin(String... forces) {
        return as("admin", Set.of(Role.ADMIN), forces);
    }

    public HttpGraphQlTester auditor() {
        return as("auditor", Set.of(Role.AUDITOR));
    }

    public HttpGraphQlTester as(String subject, Set<Role> roles, String... forces) {
        return withToken(tokens.of(subject, roles, forces));
    }

    public HttpGraphQlTester as(Caller caller) {
        return withToken(tokens.of(caller));
    }

    public HttpGraphQlTester withToken(String token) {
        return HttpGraphQlTester.create(client(token)).mutate().responseTimeout(TIMEOUT).build();
    }

    /** A raw HTTP client to {@code /graphql}, with the token (if not null) and the purpose header. */
    public WebTestClient client(String token) {
        WebTestClient.Builder builder = http().baseUrl(baseUrl() + "/graphql")
                .defaultHeader("X-Purpose", PURPOSE);
        if (token != null) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return builder.build();
    }

    /** A raw HTTP client to the service root, no headers. */
    public WebTestClient.Builder http() {
        return WebTestClient.bindToServer().baseUrl(baseUrl()).responseTimeout(TIMEOUT);
    }

    public Tokens tokens() {
        return tokens;
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }
}
