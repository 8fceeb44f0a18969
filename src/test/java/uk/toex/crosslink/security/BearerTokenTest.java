package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;
import uk.toex.crosslink.support.Tokens;

@CrosslinkTest
class BearerTokenTest {

    private static final String ME = "{\"query\":\"{ me { subject roles forces } }\"}";

    @Autowired
    GraphQlTesters graphQl;

    @Autowired
    Tokens tokens;

    private final Caller analyst = Caller.of("ann", Set.of(Role.ANALYST), List.of("NORFOLK"));

    @Test
    void aValidTokenIdentifiesTheCallerWithRolesAndForces() {
        graphQl.analyst("NORFOLK", "SUFFOLK").document("{ me { subject roles forces allForces demo } }").execute()
                .path("me.subject").entity(String.class).isEqualTo("analyst")
                .path("me.roles").entityList(String.class).containsExactly("ANALYST")
                .path("me.forces").entityList(String.class).containsExactly("NORFOLK", "SUFFOLK")
                .path("me.allForces").entity(Boolean.class).isEqualTo(false)
                .path("me.demo").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void allForcesIsWrittenAsAStar() {
        graphQl.as("nat", Set.of(Role.INVESTIGATOR), "*").document("{ me { forces allForces } }").execute()
                .path("me.forces").entityList(String.class).containsExactly("*")
                .path("me.allForces").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void noTokenIsUnauthorised() {
        assertUnauthorised(graphQl.client(null));
    }

    @Test
    void anExpiredTokenIsUnauthorised() {
        String expired = tokens.issuer().mint(analyst, Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1));
        assertUnauthorised(graphQl.client(expired));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthorised() throws Exception {
        // same key id, issuer, audience and claims: only the key differs
        RSAKey other = new RSAKeyGenerator(2048).keyID(tokenKeyId()).generate();
        String forged = ForgedTokens.signWith(other, tokens.issuer().claims(analyst, Instant.now(), Duration.ofHours(1)).build());
        assertUnauthorised(graphQl.client(forged));
    }

    @Test
    void anUnsignedAlgNoneTokenIsUnauthorised() {
        String valid = tokens.of(analyst);
        String payload = valid.split("\\.")[1];
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        assertUnauthorised(graphQl.client(header + "." + payload + "."));
    }

    @Test
    void aTokenWithItsSignatureStrippedOrTamperedIsUnauthorised() {
        String[] parts = tokens.of(analyst).split("\\.");
        String widened = b64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"NORFOLK\"", "\"*\""));
        assertUnauthorised(graphQl.client(parts[0] + "." + widened + "." + parts[2]));
        assertUnauthorised(graphQl.client(parts[0] + "." + parts[1] + "."));
    }

    @Test
    void aTamperedCopyOfATokenJustAcceptedIsUnauthorised() {
        // the accepted token is remembered as verified; a copy differing in its claims is not that token
        String token = tokens.of(analyst);
        graphQl.client(token).post().header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue(ME).exchange()
                .expectStatus().isOk();
        String[] parts = token.split("\\.");
        String widened = b64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"NORFOLK\"", "\"*\""));
        assertUnauthorised(graphQl.client(parts[0] + "." + widened + "." + parts[2]));
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthorised() {
        String token = tokens.issuer().sign(tokens.issuer().claims(analyst, Instant.now(), Duration.ofHours(1))
                .audience(List.of("some-other-service")).build());
        assertUnauthorised(graphQl.client(token));
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthorised() {
        String token = tokens.issuer().sign(tokens.issuer().claims(analyst, Instant.now(), Duration.ofHours(1))
                .issuer("https://issuer.example.test").build());
        assertUnauthorised(graphQl.client(token));
    }

    @Test
    void aTokenWithoutExpiryIsUnauthorised() {
        String token = tokens.issuer().sign(tokens.issuer().claims(analyst, Instant.now(), Duration.ofHours(1))
                .claims(c -> c.remove("exp")).build());
        assertUnauthorised(graphQl.client(token));
    }

    @Test
    void garbageInTheAuthorizationHeaderIsUnauthorised() {
        assertUnauthorised(graphQl.client("not.a.jwt"));
        assertUnauthorised(graphQl.client("x"));
    }

    @Test
    void introspectionNeedsAToken() {
        graphQl.client(null).post().header(HttpHeaders.CONTENT_TYPE, "application/json")
                .bodyValue("{\"query\":\"{ __schema { queryType { name } } }\"}")
                .exchange().expectStatus().isUnauthorized();
        graphQl.analyst("NORFOLK").document("{ __schema { queryType { name } } }").execute()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
    }

    private String tokenKeyId() {
        String header = new String(Base64.getUrlDecoder().decode(tokens.of(analyst).split("\\.")[0]), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** 401, a generic body that says nothing about why, no stack trace. */
    private static void assertUnauthorised(WebTestClient client) {
        client.post().header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue(ME).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"crosslink\"")
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("A valid bearer token is required")
                        .doesNotContainIgnoringCase("expired")
                        .doesNotContainIgnoringCase("signature")
                        .doesNotContainIgnoringCase("exception")
                        .doesNotContain("at org.", "at uk."));
    }
}
