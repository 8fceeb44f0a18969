package uk.toex.crosslink.security;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester.Response;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.security.MatrixViews.ContactsSeen;
import uk.toex.crosslink.security.MatrixViews.HoldersSeen;
import uk.toex.crosslink.security.MatrixWorld.Rec;
import uk.toex.crosslink.support.CrosslinkTest;

/**
 * A partner never learns a protected person's (VICTIM, SAFEGUARDING_REFERRAL) phones, emails, identity
 * documents or addresses, by any path, and is told so: a person's own contact lists are empty and
 * marked {@code withheld}, lists from a contact detail to persons leave the person out and are
 * marked for every partner. Other callers see every contact detail of the records they may see.
 * Over HTTP, for every caller of the matrix, expected from the written rule ({@link WrittenRule});
 * the phone, address and advert walks are in {@link VisibilityOverHttpTest}.
 */
@CrosslinkTest
class ProtectedContactsOverHttpTest extends MatrixHttpTest {

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void aPersonsContactListsAreWithheldFromCallersItIsProtectedFromWhetherReachedFromThePersonOrARecord(
            Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        for (Rec r : expected.records()) {
            ContactsSeen contacts = expected.contacts(r.personId());
            requests.ask(MatrixCallers.caller(role, forces), "matrixContacts", Map.of(
                            "person", GlobalId.encode("Person", r.personId()),
                            "record", GlobalId.encode("PersonRecord", r.key())))
                    .path("person").entity(ContactsSeen.class).isEqualTo(contacts)
                    .path("personRecord.person").entity(ContactsSeen.class).isEqualTo(contacts);
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void emailsAndDocumentsLeadOnlyToPersonsWhoseContactsTheCallerMayLearnAndExistOnlyThroughThem(
            Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        for (Rec r : MatrixWorld.RECORDS) {
            Response response = requests.ask(MatrixCallers.caller(role, forces), "matrixRecordHolders", Map.of(
                    "email", GlobalId.encode("Email", r.emails().get(0)),
                    "document", GlobalId.encode("IdDocument", r.documentKeys().get(0))));
            expectHolders(response, "email", expected.holders(other -> other.emails().equals(r.emails())));
            expectHolders(response, "document", expected.holders(other -> other.documentKeys().equals(r.documentKeys())));
        }
    }

    private static void expectHolders(Response response, String alias, HoldersSeen holders) {
        if (holders == null) {
            response.path(alias).valueIsNull();
        } else {
            response.path(alias + ".persons").entity(HoldersSeen.class).isEqualTo(holders);
        }
    }
}
