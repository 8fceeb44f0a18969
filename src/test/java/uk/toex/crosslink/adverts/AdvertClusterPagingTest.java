package uk.toex.crosslink.adverts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.InvestigationWorld;
import uk.toex.crosslink.support.InvestigationWorldTest;

/**
 * Paging inside an advert cluster over HTTP, against the {@link InvestigationWorld}'s cluster of
 * eight adverts at two addresses behind one phone (SUFFOLK's protected victim S3 holds it).
 */
@CrosslinkTest
@SuppressWarnings("unchecked")
class AdvertClusterPagingTest extends InvestigationWorldTest {

    @Test
    void pagingThroughAClustersAdvertsReturnsEachAdvertOnceInKeyOrder() {
        GraphQlTester analyst = graphQl.analyst("SUFFOLK");
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 10; pages++) {
            Map<String, Object> cluster = adverts(analyst, 3, after);
            assertThat(cluster.get("advertCount")).isEqualTo(8);
            List<Map<String, Object>> page = (List<Map<String, Object>>) cluster.get("adverts");
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(a -> seen.add((String) a.get("recordId")));
            after = (String) page.get(page.size() - 1).get("id");
        }
        assertThat(seen).containsExactly("AD0", "AD1", "AD2", "AD3", "AD4", "AD5", "AD6", "AD7");
        // left unpaged, the list holds every advert, as before paging existed
        assertThat((List<Map<String, Object>>) adverts(analyst, null, null).get("adverts")).hasSize(8);
    }

    @Test
    void phonesAddressesAndPersonsPageByIdAndCountTheirWhole() {
        GraphQlTester analyst = graphQl.analyst("SUFFOLK");
        Map<String, Object> first = members(analyst, 1, Map.of());
        assertThat(first).containsEntry("phoneCount", 1).containsEntry("addressCount", 2).containsEntry("personCount", 1);
        assertThat((List<Map<String, Object>>) first.get("phones")).extracting(p -> p.get("e164")).containsExactly("+447700900777");
        assertThat(first.get("persons").toString()).contains("S3");
        List<Map<String, Object>> addresses = (List<Map<String, Object>>) first.get("addresses");
        assertThat(addresses).hasSize(1);

        Map<String, Object> next = members(analyst, 1, Map.of(
                "phonesAfter", id(first, "phones"), "addressesAfter", id(first, "addresses"), "personsAfter", id(first, "persons")));
        assertThat((List<?>) next.get("phones")).isEmpty();
        assertThat((List<?>) next.get("persons")).isEmpty();
        List<Map<String, Object>> rest = (List<Map<String, Object>>) next.get("addresses");
        assertThat(rest).hasSize(1);
        assertThat(List.of(addresses.get(0).get("postcode"), rest.get(0).get("postcode")))
                .containsExactlyInAnyOrder("IP1 4AA", "IP4 1HB");
    }

    @Test
    void aPartnerPagesTheSameClusterWithoutTheProtectedPerson() {
        Map<String, Object> partner = members(graphQl.partner("SUFFOLK"), 100, Map.of());
        assertThat(partner).containsEntry("phoneCount", 1).containsEntry("addressCount", 2).containsEntry("personCount", 0);
        assertThat((List<?>) partner.get("persons")).isEmpty();
        assertThat(adverts(graphQl.partner("SUFFOLK"), 100, null).get("advertCount")).isEqualTo(8);
        assertThat(graphQl.partner("NORFOLK").documentName("advertClusterAdverts").variable("first", 5).execute()
                .path("advertClusters.edges").entityList(Map.class).get()).isEmpty();
    }

    @Test
    void refusesAMemberPageBeyondTheCapAndAnIdOfAnotherType() {
        graphQl.analyst("SUFFOLK").documentName("advertClusterAdverts").variable("first", 101).execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.getMessage()).contains("first must be between 1 and 100")));
        String phone = id(members(graphQl.analyst("SUFFOLK"), 1, Map.of()), "phones");
        graphQl.analyst("SUFFOLK").documentName("advertClusterAdverts").variable("first", 5).variable("after", phone)
                .execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.getMessage()).contains("not a valid id")));
    }

    private static Map<String, Object> adverts(GraphQlTester tester, Integer first, String after) {
        return only(tester.documentName("advertClusterAdverts").variable("first", first).variable("after", after).execute()
                .path("advertClusters.edges[*].node").entityList(Map.class).get());
    }

    private static Map<String, Object> members(GraphQlTester tester, int first, Map<String, String> afters) {
        GraphQlTester.Request<?> request = tester.documentName("advertClusterMembers").variable("first", first);
        for (Map.Entry<String, String> after : new HashMap<>(afters).entrySet()) {
            request = request.variable(after.getKey(), after.getValue());
        }
        return only(request.execute().path("advertClusters.edges[*].node").entityList(Map.class).get());
    }

    private static Map<String, Object> only(List<Map> clusters) {
        assertThat(clusters).hasSize(1);
        return (Map<String, Object>) clusters.get(0);
    }

    private static String id(Map<String, Object> cluster, String list) {
        return (String) ((List<Map<String, Object>>) cluster.get(list)).get(0).get("id");
    }
}
