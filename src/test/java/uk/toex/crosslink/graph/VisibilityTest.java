package uk.toex.crosslink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.Fixtures;

/**
 * A caller sees source records by force and handling only, and resolved nodes only through them:
 * the readers under every GraphQL field, called with restricted scopes.
 */
@CrosslinkTest
class VisibilityTest {

    /** A Norfolk admin: Norfolk's own records only, no other force's records, P or C. */
    static final AccessScope NORFOLK_ONLY = scope(Role.ADMIN, "NORFOLK");
    /** A Suffolk analyst: Suffolk's records and every force's P records. */
    static final AccessScope SUFFOLK_ANALYST = scope(Role.ANALYST, "SUFFOLK");
    /** A partner of Norfolk: Norfolk's P records only, never C, never another force's. */
    static final AccessScope NORFOLK_PARTNER = scope(Role.PARTNER, "NORFOLK");

    @Autowired
    ListReader lists;
    @Autowired
    NodeReader nodes;
    @Autowired
    LinkReader links;
    @Autowired
    PersonRecordReader records;

    @BeforeEach
    void load() {
        Fixtures.load("world");
    }

    @Test
    void aPersonWithNoVisibleRecordDoesNotExistForTheCaller() {
        assertThat(personIds(NORFOLK_ONLY)).containsExactly("P-0000000000000001", "P-0000000000000002");
        assertThat(lists.page(NORFOLK_ONLY, Listing.PERSONS, PageRequest.of(10, null), true).totalCount()).isEqualTo(2);
        assertThat(nodes.find(NORFOLK_ONLY, "Person", List.of("P-0000000000000003"))).isEmpty();
        assertThat(nodes.find(SUFFOLK_ANALYST, "Person", List.of("P-0000000000000003"))).containsKey("P-0000000000000003");
        assertThat(personIds(NORFOLK_PARTNER)).containsExactly("P-0000000000000001", "P-0000000000000002");
    }

    @Test
    void aPersonShowsOnlyVisibleRecordsAndWhatTheySay() {
        List<PersonRecord> seen = records.visibleRecords(NORFOLK_ONLY, List.of("P-0000000000000001")).get("P-0000000000000001");
        assertThat(seen).extracting(PersonRecord::key).containsExactly("NORFOLK/ATHENA/1001");
        List<PersonRecord> suffolk = records.visibleRecords(SUFFOLK_ANALYST, List.of("P-0000000000000001")).get("P-0000000000000001");
        assertThat(suffolk).extracting(PersonRecord::force).containsExactly("NORFOLK", "SUFFOLK");
        // Ivanov's Latin-script record is Essex's: Norfolk alone sees only the Cyrillic one
        List<PersonRecord> ivanov = records.visibleRecords(NORFOLK_ONLY, List.of("P-0000000000000002")).get("P-0000000000000002");
        assertThat(DisplayName.of(ivanov)).isEqualTo("Иван Иванов");
        Connection addresses = links.read(NORFOLK_ONLY, Link.PERSON_ADDRESSES, List.of("P-0000000000000001"), PageRequest.of(10, null))
                .get("P-0000000000000001");
        assertThat(addresses.totalCount()).isEqualTo(2);
        assertThat(addresses.edges()).extracting(e -> ((Address) e.get("node")).key()).containsOnly("NR1 1BB|12 PRINCE OF WALES ROAD");
    }

    @Test
    void resolvedNodesAreVisibleOnlyThroughVisibleRecordsAndAdverts() {
        assertThat(nodes.find(NORFOLK_ONLY, "Phone", List.of("+447700900789", "+447700900123"))).containsOnlyKeys("+447700900123");
        assertThat(nodes.find(NORFOLK_ONLY, "Address", List.of("IP1 2AA"))).isEmpty();
        assertThat(nodes.find(SUFFOLK_ANALYST, "Address", List.of("IP1 2AA"))).containsOnlyKeys("IP1 2AA");
        assertThat(nodes.find(NORFOLK_ONLY, "PersonRecord", List.of("SUFFOLK/CONNECT/2001"))).isEmpty();
        assertThat(nodes.find(NORFOLK_PARTNER, "Advert", List.of("SUFFOLK/WEBSWEEP/S9"))).isEmpty();
        assertThat(nodes.find(SUFFOLK_ANALYST, "Advert", List.of("SUFFOLK/WEBSWEEP/S9"))).hasSize(1);
        Connection victims = links.read(NORFOLK_PARTNER, Link.PHONE_PERSONS, List.of("+447700900789"), PageRequest.of(10, null))
                .get("+447700900789");
        assertThat(victims.totalCount()).isZero();
        Connection holders = links.read(NORFOLK_PARTNER, Link.PHONE_PERSONS, List.of("+447700900123"), PageRequest.of(10, null))
                .get("+447700900123");
        assertThat(holders.totalCount()).isEqualTo(1);
    }

    @Test
    void callsShowOnlyOtherPhonesTheCallerMaySee() {
        AccessScope essex = scope(Role.ADMIN, "ESSEX");
        Connection calls = links.read(essex, Link.PHONE_CALLS, List.of("+447700900123"), PageRequest.of(10, null)).get("+447700900123");
        assertThat(calls.totalCount()).isZero(); // Ivanov's phone is only on a Norfolk record
        Connection all = links.read(NORFOLK_ONLY, Link.PHONE_CALLS, List.of("+447700900123"), PageRequest.of(10, null)).get("+447700900123");
        assertThat(all.totalCount()).isEqualTo(2);
    }

    @Test
    void forcesAndTheirCountsFollowTheScope() {
        Connection forces = lists.page(NORFOLK_ONLY, Listing.FORCES, PageRequest.of(10, null), true);
        assertThat(forces.totalCount()).isEqualTo(1);
        assertThat(forces.edges()).extracting(e -> ((Force) e.get("node")).key()).containsExactly("NORFOLK");
        Connection analyst = lists.page(SUFFOLK_ANALYST, Listing.FORCES, PageRequest.of(10, null), true);
        Force norfolk = (Force) analyst.edges().get(1).get("node");
        assertThat(norfolk.props()).containsEntry("personRecordCount", 2L).containsEntry("advertCount", 1L);
        Force suffolkForPartner = (Force) lists.page(NORFOLK_PARTNER, Listing.FORCES, PageRequest.of(10, null), true)
                .edges().stream().map(e -> e.get("node")).filter(f -> ((Force) f).key().equals("SUFFOLK")).findFirst().orElse(null);
        assertThat(suffolkForPartner).isNull(); // every Suffolk record is C
    }

    /** Scopes as the service makes them from a token's caller. */
    private static AccessScope scope(Role role, String force) {
        return Caller.of(role.name().toLowerCase(), Set.of(role), List.of(force)).scope();
    }

    private List<String> personIds(AccessScope scope) {
        return lists.page(scope, Listing.PERSONS, PageRequest.of(10, null), false).edges().stream()
                .map(e -> ((Person) e.get("node")).key()).toList();
    }
}
