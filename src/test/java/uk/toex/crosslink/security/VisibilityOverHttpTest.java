package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester.Response;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.security.MatrixViews.ForceSeen;
import uk.toex.crosslink.security.MatrixViews.PersonBrief;
import uk.toex.crosslink.security.MatrixViews.PersonSeen;
import uk.toex.crosslink.security.MatrixViews.RecordFields;
import uk.toex.crosslink.security.MatrixViews.SubjectSeen;
import uk.toex.crosslink.security.MatrixViews.Walked;
import uk.toex.crosslink.security.MatrixWorld.Container;
import uk.toex.crosslink.security.MatrixWorld.Rec;
import uk.toex.crosslink.support.CrosslinkTest;

/**
 * Issue 4 item 5 over real HTTP with real tokens: every role × caller force set, against records of
 * two forces under C and P handling, through every entry point that yields persons or records.
 * What each caller must see is computed from the written rule ({@link WrittenRule} via
 * {@link MatrixExpectation}), never from the service; partners see protected persons' identities
 * as the redaction marker. Every request leaves exactly one audit event ({@link AuditedRequests}).
 */
@CrosslinkTest
class VisibilityOverHttpTest extends MatrixHttpTest {

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void personsListsAndCountsExactlyThePersonsWithAVisibleRecord(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Response response = requests.ask(caller(role, forces), "matrixPersons");
        response.path("persons.totalCount").entity(Integer.class).isEqualTo(expected.personIds().size());
        response.path("persons.edges[*].node").entityList(PersonSeen.class)
                .isEqualTo(expected.personIds().stream().map(expected::person).toList());
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void personShowsOnlyVisibleRecordsWithIdentitiesRedactedForPartnersAndIsNullWithoutOne(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        for (String id : MatrixWorld.personIds()) {
            Response response = requests.ask(caller(role, forces), "matrixPerson", Map.of("id", GlobalId.encode("Person", id)));
            if (expected.recordsOf(id).isEmpty()) {
                response.path("person").valueIsNull();
                continue;
            }
            response.path("person.displayName").entity(String.class).isEqualTo(expected.displayName(id))
                    .path("person.forces").entityList(String.class)
                    .isEqualTo(expected.recordsOf(id).stream().map(Rec::force).distinct().sorted().toList())
                    .path("person.records").entityList(RecordFields.class)
                    .isEqualTo(expected.recordsOf(id).stream().map(expected::fields).toList());
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void personRecordIsEveryIdentifyingFieldOrTheMarkerAndNullWhenHidden(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        for (Rec r : MatrixWorld.RECORDS) {
            Response response = requests.ask(caller(role, forces), "matrixPersonRecord",
                    Map.of("id", GlobalId.encode("PersonRecord", r.key())));
            if (!expected.sees(r)) {
                response.path("personRecord").valueIsNull();
                continue;
            }
            response.path("personRecord").entity(RecordFields.class).isEqualTo(expected.fields(r))
                    .path("personRecord.person").entity(PersonBrief.class).isEqualTo(expected.brief(r.personId()));
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void nodeResolvesRecordsAndPersonsOnlyWhenVisible(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        for (Rec r : MatrixWorld.RECORDS) {
            Response response = requests.ask(caller(role, forces), "matrixNode", Map.of("id", GlobalId.encode("PersonRecord", r.key())));
            if (expected.sees(r)) {
                response.path("node.familyName").entity(String.class).isEqualTo(expected.seen(r).familyName());
            } else {
                response.path("node").valueIsNull();
            }
        }
        for (String id : MatrixWorld.personIds()) {
            Response response = requests.ask(caller(role, forces), "matrixNode", Map.of("id", GlobalId.encode("Person", id)));
            if (expected.recordsOf(id).isEmpty()) {
                response.path("node").valueIsNull();
            } else {
                response.path("node").entity(PersonBrief.class).isEqualTo(expected.brief(id));
            }
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void groupMembersAreTheVisibleMemberRecordsOfVisibleGroups(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Response response = requests.ask(caller(role, forces), "matrixOcgs");
        List<Container> groups = expected.containers("OrganisedCrimeGroup");
        response.path("ocgs.edges[*].node.key").entityList(String.class).isEqualTo(groups.stream().map(Container::key).toList());
        for (int i = 0; i < groups.size(); i++) {
            String force = groups.get(i).force();
            response.path("ocgs.edges[" + i + "].node.members.edges").entityList(Walked.class)
                    .satisfies(members -> assertThat(members)
                            .containsExactlyInAnyOrder(walked(expected, expected.recordsOfForce(force))));
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void operationSubjectsAreTheVisibleSubjectRecordsOfVisibleOperations(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Response response = requests.ask(caller(role, forces), "matrixOperations");
        List<Container> operations = expected.containers("Operation");
        response.path("operations.edges[*].node.key").entityList(String.class)
                .isEqualTo(operations.stream().map(Container::key).toList());
        for (int i = 0; i < operations.size(); i++) {
            String force = operations.get(i).force();
            response.path("operations.edges[" + i + "].node.subjects.edges[*].node").entityList(SubjectSeen.class)
                    .satisfies(subjects -> assertThat(subjects).containsExactlyInAnyOrder(
                            expected.recordsOfForce(force).stream().map(expected::subject).toArray(SubjectSeen[]::new)));
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void advertPersonsAreThePersonsWithAVisibleRecordSharingThePhoneLeavingOutProtectedPersonsForPartners(
            Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Response response = requests.ask(caller(role, forces), "matrixAdverts");
        List<Container> adverts = expected.containers("Advert");
        response.path("adverts.edges[*].node.key").entityList(String.class).isEqualTo(adverts.stream().map(Container::key).toList());
        for (int i = 0; i < adverts.size(); i++) {
            response.path("adverts.edges[" + i + "].node.persons.edges[*].node").entityList(PersonBrief.class)
                    .isEqualTo(expected.contactBriefs())
                    .path("adverts.edges[" + i + "].node.persons.withheld").entity(Boolean.class)
                    .isEqualTo(expected.walksToPersonsWithheld());
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void addressOccupantsAreTheVisibleRecordsLivingThereLeavingOutProtectedPersonsForPartners(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Response response = requests.ask(caller(role, forces), "matrixAddresses");
        // only person records lead to the address, and a protected person's records do not for partners
        boolean addressSeen = !expected.contactRecords().isEmpty();
        response.path("addresses.edges[*].node.key").entityList(String.class)
                .isEqualTo(addressSeen ? List.of(MatrixWorld.ADDRESS_KEY) : List.of());
        if (addressSeen) {
            response.path("addresses.edges[0].node.occupants.edges").entityList(Walked.class)
                    .satisfies(occupants -> assertThat(occupants)
                            .containsExactlyInAnyOrder(walked(expected, expected.contactRecords())))
                    .path("addresses.edges[0].node.occupants.withheld").entity(Boolean.class)
                    .isEqualTo(expected.walksToPersonsWithheld());
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void phonePersonsAreThePersonsWithAVisibleRecordHoldingItLeavingOutProtectedPersonsForPartners(
            Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Response response = requests.ask(caller(role, forces), "matrixHolders", Map.of("id", GlobalId.encode("Phone", MatrixWorld.PHONE)));
        boolean phoneSeen = !expected.contactRecords().isEmpty() || !expected.containers("Advert").isEmpty();
        if (!phoneSeen) {
            response.path("node").valueIsNull();
            return;
        }
        response.path("node.persons.totalCount").entity(Integer.class).isEqualTo(expected.contactBriefs().size())
                .path("node.persons.edges[*].node").entityList(PersonBrief.class).isEqualTo(expected.contactBriefs())
                .path("node.persons.withheld").entity(Boolean.class).isEqualTo(expected.walksToPersonsWithheld());
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void forcesCountOnlyTheRecordsAndPersonsTheCallerSees(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        requests.ask(caller(role, forces), "matrixForces")
                .path("forces.edges[*].node").entityList(ForceSeen.class).isEqualTo(expected.forcesSeen());
    }

    private static Caller caller(Role role, List<String> forces) {
        return MatrixCallers.caller(role, forces);
    }

    private static Walked[] walked(MatrixExpectation expected, List<Rec> records) {
        return records.stream().map(expected::walked).toArray(Walked[]::new);
    }
}
