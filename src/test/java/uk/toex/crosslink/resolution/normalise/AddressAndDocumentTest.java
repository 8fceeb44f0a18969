package uk.toex.crosslink.resolution.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressAndDocumentTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "12 Salhouse Road, Norwich|12 salhouse road",
        "12 Salhouse Rd|12 salhouse road",
        "12, Salhouse Road, Norwich|12 salhouse road",
        "Flat 3, 12 Salhouse Road, Norwich|3/12 salhouse road",
        "4a High St., Ipswich|4a high street",
        "Rose Cottage, Mill Lane|rose cottage",
        "Strada Mihai Eminescu 5|5 strada mihai eminescu",
    })
    void keepsHouseNumberAndStreetWords(String line, String canonical) {
        assertThat(AddressLine.parse(line).canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "12 Salhouse Road, Norwich|nr12ab|NR1 2AB|12 salhouse road",
        "''|NR1 2AB|NR1 2AB|",
        "12 Salhouse Rd|''||12 salhouse road",
    })
    void buildsTheAddressKeyOfTheModel(String line, String postcode, String code, String canonical) {
        String expected = (code == null ? "" : code) + "|" + (canonical == null ? "" : canonical);
        assertThat(AddressNormaliser.key(line, postcode)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "PASSPORT:123456789|PASSPORT:123456789",
        "passport: 12 345-678|PASSPORT:12345678",
        "NINO:ab 12 34 56 c|NINO:AB123456C",
        "driving licence:MORGA 657054 SM9IJ|DRIVING_LICENCE:MORGA657054SM9IJ",
        "PNC:01/123456A|PNC:01123456A",
        "X1234567|OTHER:X1234567",
        "SOMETHING:42|OTHER:42",
    })
    void writesDocumentsAsTypeAndNumber(String recorded, String key) {
        assertThat(DocumentKey.parse(recorded)).hasValueSatisfying(d -> assertThat(d.key()).isEqualTo(key));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"HU,HU", "HUN,HU", "Hungary,HU", "hungarian,HU", "ROU,RO", "Romania,RO", "BGR,BG", "UK,GB", "British,GB"})
    void readsNationalityInAnyCommonForm(String recorded, String alpha2) {
        assertThat(CountryNormaliser.alpha2(recorded)).contains(alpha2);
    }
}
