package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.toex.crosslink.support.CrosslinkTest;

/** Address records (addresses.csv rows) by id, the address each resolves to, and an address's records. */
@CrosslinkTest
class AddressRecordTest extends ReadApiTest {

    private static final String RECORD = """
            query($id: ID!) { node(id: $id) { __typename id ... on AddressRecord {
              key force system recordId line1 town postcode country handling batchId extracted version
              address { key postcode records { totalCount edges { node { id } } } } } } }""";

    @Test
    void anAddressRecordIsANodeWithItsFieldsAsReceivedAndItsResolvedAddress() {
        String id = id("AddressRecord", "NORFOLK/ATHENA/A1");
        graphQl.analyst("NORFOLK").document(RECORD).variable("id", id).execute()
                .path("node.__typename").entity(String.class).isEqualTo("AddressRecord")
                .path("node.id").entity(String.class).isEqualTo(id)
                .path("node.recordId").entity(String.class).isEqualTo("A1")
                .path("node.line1").entity(String.class).isEqualTo("12 Prince of Wales Road")
                .path("node.town").entity(String.class).isEqualTo("Norwich City")
                .path("node.postcode").entity(String.class).isEqualTo("nr11bb")
                .path("node.handling").entity(String.class).isEqualTo("P")
                .path("node.batchId").entity(String.class).isEqualTo(batches.get(2).batchId())
                .path("node.extracted").entity(String.class).isEqualTo("2024-02-29")
                .path("node.version").entity(Integer.class).isEqualTo(2)
                .path("node.address.postcode").entity(String.class).isEqualTo("NR1 1BB")
                .path("node.address.records.edges[*].node.id").entityList(String.class).containsExactly(id);
    }

    @Test
    void addressRecordFindsARecordByItsIdAndRefusesAnotherTypesId() {
        graphQl.analyst("NORFOLK").document("query($id: ID!) { addressRecord(id: $id) { key } }")
                .variable("id", id("AddressRecord", "NORFOLK/ATHENA/A2")).execute()
                .path("addressRecord.key").entity(String.class).isEqualTo("NORFOLK/ATHENA/A2");
        expectBadRequest(graphQl.analyst("NORFOLK").document("query($id: ID!) { addressRecord(id: $id) { key } }")
                .variable("id", id("PersonRecord", "NORFOLK/ATHENA/N1")).execute(), "not a valid id");
    }

    @Test
    void aCHandledAddressRecordExistsOnlyForItsOwnForce() {
        String c = id("AddressRecord", "NORFOLK/ATHENA/A2");
        graphQl.analyst("SUFFOLK").document(RECORD).variable("id", c).execute().path("node").valueIsNull();
        graphQl.partner("NORFOLK").document(RECORD).variable("id", c).execute().path("node").valueIsNull();
        graphQl.analyst("NORFOLK").document(RECORD).variable("id", c).execute()
                .path("node.address.records.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void anAddressListsOnlyTheRecordsTheCallerMaySee() {
        String records = "{ addresses(first: 100) { edges { node { records { edges { node { key } } } } } } }";
        assertThat(graphQl.analyst("NORFOLK").document(records).execute()
                .path("addresses.edges[*].node.records.edges[*].node.key").entityList(String.class).get())
                .containsExactlyInAnyOrder("NORFOLK/ATHENA/A1", "NORFOLK/ATHENA/A2");
        assertThat(graphQl.analyst("SUFFOLK").document(records).execute()
                .path("addresses.edges[*].node.records.edges[*].node.key").entityList(String.class).get())
                .containsExactly("NORFOLK/ATHENA/A1");
    }

    @Test
    void aPageOfAddressesWithTheirRecordsCostsTheSameQueriesWhateverItsSize() {
        String page = "query($first: Int, $after: String) { addresses(first: $first, after: $after) { edges { node {"
                + " records { edges { node { key address { key } versions { version } } } } } } } }";
        var analyst = graphQl.analyst("NORFOLK", "SUFFOLK");
        // start after the first address (IP1 1AA, an advert's, without records) so every page holds records
        String after = analyst.document("{ addresses(first: 1) { pageInfo { endCursor } } }").execute()
                .path("addresses.pageInfo.endCursor").entity(String.class).get();
        long before = cypher.readCount();
        analyst.document(page).variable("first", 1).variable("after", after).execute()
                .path("addresses.edges").entityList(Object.class).hasSize(1);
        long one = cypher.readCount() - before;
        before = cypher.readCount();
        analyst.document(page).variable("first", 100).variable("after", after).execute()
                .path("addresses.edges[*].node.records.edges[*].node.key").entityList(String.class).hasSize(2);
        assertThat(cypher.readCount() - before).isEqualTo(one).isEqualTo(3); // page with its records, addresses, versions
    }
}
