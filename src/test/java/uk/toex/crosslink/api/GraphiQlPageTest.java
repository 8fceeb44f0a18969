package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.security.DemoMode;

/** What GraphiQL opens on: a query that runs as it is in the demo, token instructions otherwise. */
class GraphiQlPageTest {

    @Test
    void theDemoOpensOnAPersonsQueryWithNoTokenToPaste() {
        String page = new GraphiQlPage(new DemoMode(true), new ObjectMapper()).page();
        assertThat(page).contains("persons(first: 5)").doesNotContain("PASTE-TOKEN-HERE").doesNotContain("__SETTINGS__");
    }

    @Test
    void outsideTheDemoTheHeadersHoldATokenPlaceholderAndAPurpose() {
        String page = new GraphiQlPage(new DemoMode(false), new ObjectMapper()).page();
        assertThat(page).contains("PASTE-TOKEN-HERE").contains("X-Purpose").contains("me { subject roles forces }");
    }
}
