package uk.toex.crosslink.adverts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.InvestigationWorld;
import uk.toex.crosslink.support.InvestigationWorldTest;

/** advertClusters over HTTP against the {@link InvestigationWorld}'s eight linked adverts. */
@CrosslinkTest
class AdvertClustersTest extends InvestigationWorldTest {


    @Test
    void groupsTheEightAdvertsAndLeadsToThePhoneThePersonAndBothAddresses() {
        List<Map<String, Object>> clusters = clusters(graphQl.analyst("SUFFOLK"));
        assertThat(clusters).hasSize(1);
        Map<String, Object> cluster = clusters.get(0);
        assertThat((List<Map<String, Object>>) cluster.get("adverts")).extracting(a -> a.get("recordId"))
                .containsExactly("AD0", "AD1", "AD2", "AD3", "AD4", "AD5", "AD6", "AD7");
        assertThat((List<Map<String, Object>>) cluster.get("phones")).extracting(p -> p.get("e164"))
                .containsExactly("+447700900777");
        assertThat((List<Map<String, Object>>) cluster.get("addresses")).extracting(a -> a.get("postcode"))
                .containsExactlyInAnyOrder("IP1 4AA", "IP4 1HB");
        assertThat(cluster.get("persons").toString()).contains("S3");
        assertThat((List<String>) cluster.get("reasons")).contains("8 adverts share phone +447700900777")
                .anySatisfy(r -> assertThat(r).startsWith("near-identical images"))
                .anySatisfy(r -> assertThat(r).startsWith("near-duplicate text"));
    }

    @Test
    void groupsByImagesAndTextAloneAndLeavesUnrelatedAdvertsApart() {
        AdvertClusterer clusterer = new AdvertClusterer(6, 0.5);
        List<AdvertCluster> clusters = clusterer.cluster(List.of(
                new AdvertFacts("A", "one two three four five", List.of(), List.of(), List.of("f0e1d2c3b4a59687")),
                new AdvertFacts("B", "unrelated words here entirely", List.of(), List.of(), List.of("f0e1d2c3b4a5968b")),
                new AdvertFacts("C", "sweet new girl in town call me now", List.of(), List.of(), List.of()),
                new AdvertFacts("D", "sweet new girl in town call me today", List.of(), List.of(), List.of()),
                new AdvertFacts("E", "cars for sale cheap", List.of(), List.of(), List.of("0f1e2d3c4b5a6978"))));
        assertThat(clusters).extracting(AdvertCluster::keys)
                .containsExactlyInAnyOrder(List.of("A", "B"), List.of("C", "D"), List.of("E"));
        // seven bits apart is beyond the default distance
        assertThat(clusterer.cluster(List.of(
                new AdvertFacts("A", "", List.of(), List.of(), List.of("0000000000000000")),
                new AdvertFacts("B", "", List.of(), List.of(), List.of("000000000000007f"))))).hasSize(2);
    }

    @Test
    void aPartnerNeverReachesAProtectedPersonThroughAnAdvert() {
        List<Map<String, Object>> clusters = clusters(graphQl.partner("SUFFOLK"));
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).get("persons").toString()).doesNotContain("S3");
        assertThat(clusters(graphQl.analyst("NORFOLK")).get(0).get("persons").toString()).contains("S3");
        assertThat(clusters(graphQl.partner("NORFOLK"))).isEmpty();
    }

    List<Map<String, Object>> clusters(GraphQlTester tester) {
        return tester.documentName("advertClusters").variable("minSize", 2).variable("first", 10).execute()
                .path("advertClusters.edges[*].node").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
    }
}
