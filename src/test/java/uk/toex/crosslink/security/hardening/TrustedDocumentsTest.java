package uk.toex.crosslink.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class TrustedDocumentsTest {

    private static final String LOCATION = "classpath*:trusted-documents/*.graphql";

    @Test
    void whenEnabledOnlyTheExactShippedDocumentsRun() throws IOException {
        TrustedDocuments trusted = new TrustedDocuments(true, TrustedDocuments.load(LOCATION));
        String shipped = new ClassPathResource("trusted-documents/who-am-i.graphql").getContentAsString(StandardCharsets.UTF_8);

        assertThat(trusted.allows(shipped)).isTrue();
        assertThat(trusted.allows(shipped.replace("subject", "subject roles"))).isFalse();
        assertThat(trusted.allows("{ me { subject } }")).isFalse();
        assertThat(trusted.allows(null)).isFalse();
    }

    @Test
    void whenDisabledEveryDocumentRuns() {
        assertThat(new TrustedDocuments(false, java.util.Set.of()).allows("{ anything }")).isTrue();
    }
}
