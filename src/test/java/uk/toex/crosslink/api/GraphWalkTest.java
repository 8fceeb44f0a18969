package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.Fixtures;
import uk.toex.crosslink.support.GraphQlTesters;

/** Every relationship of the model can be walked from both of its ends. */
@CrosslinkTest
class GraphWalkTest {

    private static final String BROTHEL = "NR1 1BB|12 PRINCE OF WALES ROAD";

    @Autowired
    GraphQlTesters graphQl;

    HttpGraphQlTester graphql;

    @BeforeEach
    void load() {
        Fixtures.load("world");
        graphql = graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"); // every force of the fixture: sees every record
    }

    @Test
    void walksFromAPersonToAddressesPhonesEmailsDocumentsGroupsOperationsAndAdverts() {
        graphql.documentName("personWalks").variable("id", GlobalId.encode("Person", "P-0000000000000001")).execute()
                .path("person.addresses.totalCount").entity(Integer.class).isEqualTo(3)
                .path("person.addresses.edges[*].node.key").entityList(String.class).containsExactly("IP1 2AA", BROTHEL, BROTHEL)
                .path("person.addresses.edges[*].relation").entityList(String.class).containsExactly("HOME", "BROTHEL", "HOME")
                .path("person.addresses.edges[1].from").entity(String.class).isEqualTo("2023-06-01")
                .path("person.addresses.edges[1].to").entity(String.class).isEqualTo("2023-12-31")
                .path("person.addresses.edges[1].source").entity(String.class).isEqualTo("person_addresses")
                .path("person.addresses.edges[*].record.key").entityList(String.class)
                .containsExactly("SUFFOLK/CONNECT/2001", "NORFOLK/ATHENA/1001", "NORFOLK/ATHENA/1001")
                .path("person.phones.edges[*].node.e164").entityList(String.class).containsExactly("+447700900123")
                .path("person.emails.edges[*].node.address").entityList(String.class).containsExactly("ati.l@example.com")
                .path("person.documents.edges[0].node.number").entity(String.class).isEqualTo("HU1234567")
                .path("person.ocgs.edges[0].node.name").entity(String.class).isEqualTo("Riverside Group")
                .path("person.ocgs.edges[0].node.mappedOn").entity(String.class).isEqualTo("2023-02-01")
                .path("person.ocgs.edges[0].node.extra.tier").entity(String.class).isEqualTo("2")
                .path("person.ocgs.edges[0].role").entity(String.class).isEqualTo("LEADER")
                .path("person.operations.edges[0].node.name").entity(String.class).isEqualTo("Operation Wherry")
                .path("person.operations.edges[0].role").entity(String.class).isEqualTo("PRINCIPAL")
                .path("person.offences.totalCount").entity(Integer.class).isEqualTo(0)
                .path("person.adverts.edges[*].node.key").entityList(String.class).containsExactly("NORFOLK/WEBSWEEP/A1")
                .path("person.adverts.edges[0].via").entityList(String.class).containsExactly("ADDRESS", "PHONE");
    }

    @Test
    void walksFromAGroupToItsMembersAndOperations() {
        graphql.documentName("ocgs").execute()
                .path("ocgs.totalCount").entity(Integer.class).isEqualTo(1)
                .path("ocgs.edges[0].node.members.edges[*].node.entityId").entityList(String.class)
                .containsExactly("P-0000000000000001", "P-0000000000000002")
                .path("ocgs.edges[0].node.members.edges[*].role").entityList(String.class).containsExactly("LEADER", "DRIVER")
                .path("ocgs.edges[0].node.members.edges[1].node.displayName").entity(String.class).isEqualTo("Ivan Ivanov")
                .path("ocgs.edges[0].node.operations.edges[0].role").entity(String.class).isEqualTo("TARGET");
    }

    @Test
    void walksFromAnAdvertToPhonesEmailsImagesPlacePersonsAndOperations() {
        graphql.documentName("adverts").execute()
                .path("adverts.edges[*].node.key").entityList(String.class)
                .containsExactly("NORFOLK/WEBSWEEP/A1", "SUFFOLK/WEBSWEEP/S9")
                .path("adverts.edges[0].node.postedAt").entity(String.class).isEqualTo("2024-04-28T21:15:00.000Z")
                .path("adverts.edges[0].node.phones.edges[*].node.e164").entityList(String.class).containsExactly("+447700900123")
                .path("adverts.edges[0].node.emails.edges[*].node.address").entityList(String.class).containsExactly("bookings@example.test")
                .path("adverts.edges[0].node.imageHashes.edges[0].node.hash").entity(String.class).isEqualTo("ab12cd")
                .path("adverts.edges[0].node.imageHashes.edges[0].node.adverts.edges[*].node.key").entityList(String.class)
                .containsExactly("NORFOLK/WEBSWEEP/A1")
                .path("adverts.edges[0].node.address.key").entity(String.class).isEqualTo(BROTHEL)
                .path("adverts.edges[0].node.address.occupants.totalCount").entity(Integer.class).isEqualTo(2)
                .path("adverts.edges[0].node.persons.edges[0].node.entityId").entity(String.class).isEqualTo("P-0000000000000001")
                .path("adverts.edges[0].node.persons.edges[0].via").entityList(String.class).containsExactly("ADDRESS", "PHONE")
                .path("adverts.edges[0].node.operations.edges[0].role").entity(String.class).isEqualTo("LEAD")
                .path("adverts.edges[1].node.address").valueIsNull()
                .path("adverts.edges[1].node.persons.edges[0].via").entityList(String.class).containsExactly("PHONE");
    }

    @Test
    void walksFromAnOperationToSubjectsOfEveryKind() {
        graphql.documentName("operations").execute()
                .path("operations.edges[0].node.subjects.totalCount").entity(Integer.class).isEqualTo(4)
                .path("operations.edges[0].node.subjects.edges[*].node.__typename").entityList(String.class)
                .containsExactly("Address", "Advert", "OrganisedCrimeGroup", "PersonRecord")
                .path("operations.edges[0].node.subjects.edges[*].role").entityList(String.class)
                .containsExactly("PREMISES", "LEAD", "TARGET", "PRINCIPAL")
                .path("operations.edges[0].node.subjects.edges[3].node.person.entityId").entity(String.class)
                .isEqualTo("P-0000000000000001");
    }

    @Test
    void walksFromAnAddressToOccupantsAdvertsAndOperations() {
        graphql.documentName("addresses").execute()
                .path("addresses.edges[*].node.key").entityList(String.class).containsExactly("IP1 2AA", BROTHEL)
                .path("addresses.edges[1].node.town").entity(String.class).isEqualTo("Norwich")
                .path("addresses.edges[1].node.occupants.edges[*].relation").entityList(String.class)
                .containsExactly("BROTHEL", "HOME")
                .path("addresses.edges[1].node.adverts.edges[*].node.key").entityList(String.class)
                .containsExactly("NORFOLK/WEBSWEEP/A1")
                .path("addresses.edges[1].node.operations.edges[0].role").entity(String.class).isEqualTo("PREMISES");
    }

    @Test
    void walksFromAPhoneToPersonsAdvertsAndCallsSummedOverSources() {
        graphql.documentName("phone").variable("id", GlobalId.encode("Phone", "+447700900123")).execute()
                .path("node.persons.totalCount").entity(Integer.class).isEqualTo(1)
                .path("node.adverts.edges[*].node.key").entityList(String.class).containsExactly("NORFOLK/WEBSWEEP/A1")
                .path("node.calls.totalCount").entity(Integer.class).isEqualTo(2)
                .path("node.calls.edges[*].direction").entityList(String.class).containsExactly("INCOMING", "OUTGOING")
                .path("node.calls.edges[1].node.e164").entity(String.class).isEqualTo("+447700900456")
                .path("node.calls.edges[1].count").entity(Integer.class).isEqualTo(8)
                .path("node.calls.edges[1].smsCount").entity(Integer.class).isEqualTo(2)
                .path("node.calls.edges[1].totalDuration").entity(Integer.class).isEqualTo(420)
                .path("node.calls.edges[1].first").entity(String.class).isEqualTo("2023-12-01T10:00Z")
                .path("node.calls.edges[1].sources").entityList(String.class).containsExactly("ESSEX/CDR", "NORFOLK/CDR")
                .path("node.calls.edges[0].count").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void walksFromEmailsDocumentsImagesAndOffencesBackToPersonsAndAdverts() {
        graphql.documentName("identifiers")
                .variable("email", GlobalId.encode("Email", "ati.l@example.com"))
                .variable("document", GlobalId.encode("IdDocument", "PASSPORT:HU1234567"))
                .variable("image", GlobalId.encode("ImageHash", "ab12cd"))
                .variable("offence", GlobalId.encode("Offence", "ESSEX/NICHE/OFF-5"))
                .execute()
                .path("email.persons.edges[*].node.entityId").entityList(String.class).containsExactly("P-0000000000000001")
                .path("email.adverts.edges").entityList(Object.class).hasSize(0)
                .path("document.persons.edges[*].node.entityId").entityList(String.class).containsExactly("P-0000000000000001")
                .path("image.adverts.edges[*].node.key").entityList(String.class).containsExactly("NORFOLK/WEBSWEEP/A1")
                .path("offence.persons.edges[0].node.entityId").entity(String.class).isEqualTo("P-0000000000000002")
                .path("offence.persons.edges[0].involvement").entity(String.class).isEqualTo("SUSPECT")
                .path("offence.persons.edges[0].record.key").entity(String.class).isEqualTo("ESSEX/NICHE/3002");
    }
}
