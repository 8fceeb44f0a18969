package uk.toex.crosslink.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.toex.crosslink.investigations.CatalogueWorld.ATTILA;
import static uk.toex.crosslink.investigations.CatalogueWorld.person;
import static uk.toex.crosslink.investigations.CatalogueWorld.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Each shipped investigation over HTTP on {@link CatalogueWorld}, whose answers are known. */
class ShippedInvestigationsTest extends WorldTest {

    HttpGraphQlTester investigator() {
        return graphQl.investigator("NORFOLK");
    }

    List<Map<String, Object>> rows(String name, Map<String, Object> params) {
        return Runs.rows(investigator(), name, params);
    }

    @Test
    void findsThePersonKnownToTwoForcesAsVawgSuspect() {
        List<Map<String, Object>> rows = rows("vawg-suspects-multi-force", Map.of());
        assertThat(Runs.ids(rows, "person")).containsExactly(person(ATTILA));
        assertThat(rows.get(0)).containsEntry("forces", List.of("NORFOLK", "SUFFOLK")).containsEntry("offences", 2)
                .containsEntry("worstGravity", 7);
        assertThat(rows("vawg-suspects-multi-force", Map.of("minForces", 3))).isEmpty();
        assertThat(rows("vawg-suspects-multi-force", Map.of("category", "DRUGS"))).isEmpty();
    }

    @Test
    void findsTheAdvertSharingASuspectsPhonePostedSinceTheDate() {
        List<Map<String, Object>> rows = rows("adverts-sharing-suspect-phone", Map.of("since", "2024-01-01"));
        assertThat(Runs.ids(rows, "advert")).containsExactly(uk.toex.crosslink.graph.GlobalId.encode("Advert", "NORFOLK/ATHENA/AD1"));
        assertThat(rows.get(0)).containsEntry("phone", "+447700900001");
        assertThat(Runs.ids(rows, "suspect")).containsExactly(record("NORFOLK/ATHENA/N1"));
        assertThat(rows("adverts-sharing-suspect-phone", Map.of("since", "2024-03-02"))).isEmpty();
        assertThat(rows("adverts-sharing-suspect-phone", Map.of("since", "2024-01-01", "force", "SUFFOLK"))).isEmpty();
    }

    @Test
    void findsTheVictimCalledByAnOcgMembersPhone() {
        List<Map<String, Object>> rows = rows("ocg-phones-calling-victims", Map.of());
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("ocg", "Lakatos crew")
                .containsEntry("memberPhone", "+447700900004").containsEntry("victimPhone", "+447700900002")
                .containsEntry("events", 3));
        assertThat(Runs.ids(rows, "victim")).containsExactly(record("NORFOLK/ATHENA/N2"));
        assertThat(rows("ocg-phones-calling-victims", Map.of("minEvents", 4))).isEmpty();
    }

    @Test
    void findsTheAddressWithThreeAdverts() {
        List<Map<String, Object>> rows = rows("addresses-with-many-adverts", Map.of());
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("adverts", 3)
                .containsEntry("phones", 2).containsEntry("knownBrothel", false)
                .containsEntry("sites", List.of("escorts.test", "massage.test")));
        assertThat(rows("addresses-with-many-adverts", Map.of("minAdverts", 4))).isEmpty();
    }

    @Test
    void findsTheMissingPersonWhosePhoneIsInAnAdvert() {
        List<Map<String, Object>> rows = rows("missing-persons-phones-in-adverts", Map.of());
        assertThat(Runs.ids(rows, "missingPerson")).containsExactly(record("NORFOLK/ATHENA/N3"));
        assertThat(rows.get(0)).containsEntry("phone", "+447700900003").containsEntry("adverts", 1);
    }

    @Test
    void findsTheSafeguardingReferralLivingWithASuspect() {
        List<Map<String, Object>> rows = rows("suspect-co-residents-safeguarding", Map.of());
        assertThat(Runs.ids(rows, "coResident")).containsExactly(record("NORFOLK/ATHENA/N2"));
        assertThat(Runs.ids(rows, "suspect")).containsExactly(record("NORFOLK/ATHENA/N1"));
        assertThat(rows("suspect-co-residents-safeguarding", Map.of("force", "SUFFOLK"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void findsTheShortestPathBetweenTwoPersons() {
        List<Map<String, Object>> rows = rows("shortest-path-between-persons",
                Map.of("from", person(ATTILA), "to", "P-00000000000000a4"));
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("hops", 4));
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) ((Map<String, Object>) rows.get(0).get("path")).get("nodes");
        assertThat(nodes.get(0).get("id")).isEqualTo(person(ATTILA));
        assertThat(nodes.get(4).get("id")).isEqualTo(person("P-00000000000000a4"));
        assertThat(rows("shortest-path-between-persons", Map.of("from", person(ATTILA), "to", "P-unknown"))).isEmpty();
    }

    @Test
    void findsOnePassportUnderTwoNames() {
        List<Map<String, Object>> rows = rows("document-under-different-names", Map.of());
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("document", "PASSPORT:HU1234567")
                .containsEntry("names", List.of("ATTILA LAKATOS", "JANOS KOVACS")));
        assertThat(rows("document-under-different-names", Map.of("minNames", 3))).isEmpty();
    }

    @Test
    void ranksANumbersContactsByCallVolume() {
        List<Map<String, Object>> rows = rows("top-contacts-by-call-volume", Map.of("phone", "+447700900004"));
        assertThat(Runs.column(rows, "contact")).containsExactly("+447700900002", "+447700900001");
        assertThat(Runs.column(rows, "events")).containsExactly(3, 1);
        assertThat(Runs.column(rows, "seconds")).containsExactly(180, 30);
        assertThat(rows("top-contacts-by-call-volume", Map.of("phone", "+447700900004", "limit", 1))).hasSize(1);
    }

    @Test
    void findsOperationsOfTwoForcesOnTheSamePerson() {
        List<Map<String, Object>> rows = rows("operations-overlapping-subjects", Map.of());
        assertThat(Runs.ids(rows, "operation")).containsExactly(uk.toex.crosslink.graph.GlobalId.encode("Operation", "NORFOLK/ATHENA/OP1"));
        assertThat(Runs.ids(rows, "otherOperation")).containsExactly(uk.toex.crosslink.graph.GlobalId.encode("Operation", "SUFFOLK/NICHE/SOP1"));
        assertThat(rows.get(0)).containsEntry("sharedSubjects", 1);
    }

    @Test
    void findsTheOcgMemberWithoutAnOpenOperation() {
        List<Map<String, Object>> rows = rows("ocg-members-without-open-operation", Map.of());
        assertThat(Runs.ids(rows, "person")).containsExactly(person("P-00000000000000a4"));
        assertThat(rows.get(0)).containsEntry("role", "MEMBER");
        assertThat(rows("ocg-members-without-open-operation", Map.of("status", "ARCHIVED"))).isEmpty();
    }

    @Test
    void findsRecordsLinkedToAnOpenOperationsSubjectSinceADate() {
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        List<Map<String, Object>> rows = rows("records-linked-to-open-operation-subjects", Map.of("since", today));
        assertThat(Runs.ids(rows, "record")).containsExactlyInAnyOrder(record("SUFFOLK/NICHE/S1"), record("NORFOLK/ATHENA/N1"));
        assertThat(rows("records-linked-to-open-operation-subjects",
                Map.of("since", LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString()))).isEmpty();
    }

    @Test
    void findsTheAddressSharedByHungarianAndBulgarianNationals() {
        List<Map<String, Object>> rows = rows("nationals-sharing-addresses", Map.of());
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("persons", 2));
        assertThat(((List<?>) rows.get(0).get("first"))).extracting(n -> (Object) ((Map<?, ?>) n).get("id"))
                .containsExactly(record("NORFOLK/ATHENA/N1"));
        assertThat(((List<?>) rows.get(0).get("second"))).extracting(n -> (Object) ((Map<?, ?>) n).get("id"))
                .containsExactly(record("NORFOLK/ATHENA/N2"));
        assertThat(rows("nationals-sharing-addresses", Map.of("nationalityB", List.of("LT")))).isEmpty();
    }
}
