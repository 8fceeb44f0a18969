package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.GlobalId;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.Fixtures;
import uk.toex.crosslink.support.GraphQlTesters;

/** Relay global object identification: node(id) resolves every type, refuses bad ids, and knows no unknowns. */
@CrosslinkTest
class NodeQueryTest {

    @Autowired
    GraphQlTesters graphQl;

    HttpGraphQlTester graphql;

    @BeforeEach
    void load() {
        Fixtures.load("world");
        graphql = graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"); // every force of the fixture: sees every record
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Person; P-0000000000000001; entityId",
            "PersonRecord; NORFOLK/ATHENA/1002; key",
            "Address; NR1 1BB|12 PRINCE OF WALES ROAD; key",
            "Phone; +447700900456; e164",
            "Email; bookings@example.test; address",
            "IdDocument; PASSPORT:HU1234567; key",
            "ImageHash; ab12cd; hash",
            "OrganisedCrimeGroup; NORFOLK/OCGM/77; key",
            "Advert; SUFFOLK/WEBSWEEP/S9; key",
            "Operation; NORFOLK/OPS/OP-9; key",
            "Offence; ESSEX/NICHE/OFF-5; key",
            "Force; ESSEX; code"})
    void resolvesEveryTypeByItsGlobalIdAndGivesTheSameIdBack(String type, String key, String keyField) {
        String id = GlobalId.encode(type, key);
        graphql.documentName("node").variable("id", id).execute()
                .path("node.__typename").entity(String.class).isEqualTo(type)
                .path("node.id").entity(String.class).isEqualTo(id)
                .path("node." + keyField).entity(String.class).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Person; P-ffffffffffffffff", "PersonRecord; NORFOLK/ATHENA/9999", "Phone; +440000000000", "Force; NOWHERE"})
    void givesNullForAWellFormedIdOfNothing(String type, String key) {
        graphql.documentName("node").variable("id", GlobalId.encode(type, key)).execute().path("node").valueIsNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 !", "UGVyc29u", "Tm9TdWNoVHlwZTp4", "UGVyc29uOlAtMQ==", "Og"})
    void refusesAMalformedIdAsABadRequestThatSaysSo(String id) {
        graphql.documentName("node").variable("id", id).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("not a valid id");
                    assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                }))
                .path("node").valueIsNull();
    }
}
