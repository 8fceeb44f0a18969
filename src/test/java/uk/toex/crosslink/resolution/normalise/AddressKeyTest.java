package uk.toex.crosslink.resolution.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressKeyTest {

    @Test
    void keysByPostcodeAndHouseNumberWithStreetTokens() {
        assertThat(AddressKey.of("12 Salhouse Road, Norwich", "nr12ab")).contains("NR1 2AB|12 SALHOUSE ROAD");
        assertThat(AddressKey.of("12 Salhouse Rd.", "NR1 2AB")).contains("NR1 2AB|12 SALHOUSE ROAD");
        assertThat(AddressKey.of("Flat 3, 12 Salhouse Road, Norwich", "NR1 2AB"))
                .contains("NR1 2AB|FLAT 3 12 SALHOUSE ROAD");
    }

    @Test
    void usesThePostcodeAloneWithoutALineAndEverySegmentWithoutAPostcode() {
        assertThat(AddressKey.of(null, "ip4 1aa")).contains("IP4 1AA");
        assertThat(AddressKey.of("12 Salhouse Road, Norwich", null)).contains("|12 SALHOUSE ROAD NORWICH");
        assertThat(AddressKey.of("Rose Cottage, Mill Lane", "NR1 2AB")).contains("NR1 2AB|ROSE COTTAGE");
        assertThat(AddressKey.of(" ", "")).isEmpty();
    }

    @Test
    void dropsDiacriticsAndPunctuation() {
        assertThat(AddressKey.of("5 Kossuth Lajos utca", "1055")).isEqualTo(AddressKey.of("5 Kossúth-Lajos útca", "1055"));
    }
}
