package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.toex.crosslink.security.Redaction;
import uk.toex.crosslink.support.CrosslinkTest;

/** Every source record kind shows its superseded versions, newest first, with their old content parsed. */
@CrosslinkTest
class RecordVersionsTest extends ReadApiTest {

    private static final String VERSIONS = """
            query($id: ID!) { node(id: $id) { ... on %s { version versions {
              version hash batchId extracted ingestedAt supersededAt content withheld } } } }""";

    @Test
    void aReIngestedChangedPersonRecordKeepsWhatItSaidBefore() {
        var response = graphQl.analyst("NORFOLK").document(VERSIONS.formatted("PersonRecord"))
                .variable("id", id("PersonRecord", "NORFOLK/ATHENA/N1")).execute();
        response.path("node.version").entity(Integer.class).isEqualTo(2)
                .path("node.versions[*].version").entityList(Integer.class).containsExactly(1)
                .path("node.versions[0].batchId").entity(String.class).isEqualTo(batches.get(0).batchId())
                .path("node.versions[0].extracted").entity(String.class).isEqualTo("2024-01-31")
                .path("node.versions[0].supersededAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank())
                .path("node.versions[0].withheld").entity(Boolean.class).isEqualTo(false)
                .path("node.versions[0].content.phones").entityList(String.class).containsExactly("07700900123")
                .path("node.versions[0].content.givenNames").entity(String.class).isEqualTo("Attila");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "AddressRecord; NORFOLK/ATHENA/A1; town; Norwich",
            "Advert; NORFOLK/ATHENA/AD1; title; New in town",
            "OrganisedCrimeGroup; NORFOLK/ATHENA/G1; status; ACTIVE",
            "Operation; NORFOLK/ATHENA/OP1; name; Op Alpha",
            "Offence; NORFOLK/ATHENA/F1; gravity; 8"})
    void everyRecordKindKeepsItsHistory(String type, String key, String field, String before) {
        graphQl.analyst("NORFOLK").document(VERSIONS.formatted(type)).variable("id", id(type, key)).execute()
                .path("node.version").entity(Integer.class).isEqualTo(2)
                .path("node.versions[*].version").entityList(Integer.class).containsExactly(1)
                .path("node.versions[0].content." + field).entity(String.class).isEqualTo(before);
    }

    @Test
    void aRecordThatNeverChangedHasNoVersions() {
        graphQl.analyst("NORFOLK").document(VERSIONS.formatted("OrganisedCrimeGroup"))
                .variable("id", id("OrganisedCrimeGroup", "NORFOLK/ATHENA/G2")).execute()
                .path("node.version").entity(Integer.class).isEqualTo(1)
                .path("node.versions").entityList(Object.class).hasSize(0);
    }

    @Test
    void aPartnerLearnsNoProtectedIdentityFromOldVersions() {
        var partner = graphQl.partner("NORFOLK").document(VERSIONS.formatted("PersonRecord"))
                .variable("id", id("PersonRecord", "NORFOLK/ATHENA/N2")).execute();
        partner.path("node.versions[0].withheld").entity(Boolean.class).isEqualTo(true)
                .path("node.versions[0].content").entity(Map.class).satisfies(content -> assertThat(content)
                        .containsEntry("givenNames", Redaction.MARKER).containsEntry("familyName", Redaction.MARKER)
                        .containsEntry("dob", Redaction.MARKER).doesNotContainValue("1990-05-01"));
        graphQl.analyst("NORFOLK").document(VERSIONS.formatted("PersonRecord"))
                .variable("id", id("PersonRecord", "NORFOLK/ATHENA/N2")).execute()
                .path("node.versions[0].withheld").entity(Boolean.class).isEqualTo(false)
                .path("node.versions[0].content.dob").entity(String.class).isEqualTo("1990-05-01");
    }

    @Test
    void aPartnerSeesTheHistoryOfAnUnprotectedPersonsRecord() {
        graphQl.partner("NORFOLK").document(VERSIONS.formatted("PersonRecord"))
                .variable("id", id("PersonRecord", "NORFOLK/ATHENA/N1")).execute()
                .path("node.versions[0].withheld").entity(Boolean.class).isEqualTo(false)
                .path("node.versions[0].content.familyName").entity(String.class).isEqualTo("LAKATOS");
    }

    @Test
    void aRecordsHistoryIsHiddenWithTheRecord() {
        String c = id("PersonRecord", "NORFOLK/ATHENA/N3"); // C-handled, changed once
        graphQl.analyst("NORFOLK").document(VERSIONS.formatted("PersonRecord")).variable("id", c).execute()
                .path("node.versions[0].content.dob").entity(String.class).isEqualTo("1975");
        graphQl.analyst("SUFFOLK").document(VERSIONS.formatted("PersonRecord")).variable("id", c).execute()
                .path("node").valueIsNull();
        graphQl.analyst("SUFFOLK").document("{ persons(first: 100) { edges { node { records { key versions { version } } } } } }")
                .execute().path("persons.edges[*].node.records[*].key").entityList(String.class)
                .satisfies(keys -> assertThat(keys).doesNotContain("NORFOLK/ATHENA/N3").contains("NORFOLK/ATHENA/N1"));
    }

    @Test
    void aPageOfRecordsLoadsTheirVersionsInOneQueryWhateverItsSize() {
        String ocgs = "query($first: Int) { ocgs(first: $first) { edges { node { key versions { version content } } } } }";
        var analyst = graphQl.analyst("NORFOLK", "SUFFOLK");
        long before = cypher.readCount();
        analyst.document(ocgs).variable("first", 1).execute().path("ocgs.edges").entityList(Object.class).hasSize(1);
        long one = cypher.readCount() - before;
        before = cypher.readCount();
        analyst.document(ocgs).variable("first", 10).execute().path("ocgs.edges").entityList(Object.class).hasSize(3);
        long three = cypher.readCount() - before;
        assertThat(one).isEqualTo(2); // the page, the versions
        assertThat(three).isEqualTo(one);

        String records = "{ persons(first: 10) { edges { node { records { key versions { version } } } } } }";
        before = cypher.readCount();
        List<String> keys = analyst.document(records).execute()
                .path("persons.edges[*].node.records[*].key").entityList(String.class).get();
        assertThat(keys).hasSize(4);
        assertThat(cypher.readCount() - before).isEqualTo(2); // the page with its records (one statement per level), their versions
    }
}
