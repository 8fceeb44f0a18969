package uk.toex.crosslink.resolution.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailNormaliserTest {

    @Test
    void lowerCasesAndTrims() {
        assertThat(EmailNormaliser.normalise("  Anna.K@Example.COM ")).contains("anna.k@example.com");
    }

    @Test
    void refusesTextThatIsNotAnAddress() {
        assertThat(EmailNormaliser.normalise("anna at example.com")).isEmpty();
        assertThat(EmailNormaliser.normalise("a@b@c")).isEmpty();
        assertThat(EmailNormaliser.normalise("@example.com")).isEmpty();
    }
}
