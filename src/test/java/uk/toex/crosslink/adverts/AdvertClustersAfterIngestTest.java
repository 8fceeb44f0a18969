package uk.toex.crosslink.adverts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.toex.crosslink.ingest.BatchFolder;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.InvestigationWorldTest;

/** Clusters are kept between requests, but a batch that changes the adverts is seen at the next request. */
@CrosslinkTest
class AdvertClustersAfterIngestTest extends InvestigationWorldTest {

    @Test
    void aNewBatchOfAdvertsChangesTheClustersAtTheNextRequest(@TempDir Path dir) {
        assertThat(clusterAdverts()).containsExactly(List.of("AD0", "AD1", "AD2", "AD3", "AD4", "AD5", "AD6", "AD7"));
        assertThat(clusterAdverts()).as("asked again, nothing changed").hasSize(1);

        ingest.ingest(BatchFolder.at(dir.resolve("norfolk"))
                .manifest("{\"force\":\"NORFOLK\",\"system\":\"ATHENA\",\"extracted\":\"2024-06-01\",\"handling\":\"P\"}")
                .csv("adverts.csv", "record_id,site,title,text,phones,image_hashes,location,postcode",
                        "NA1,example-escorts.test,Massage,Relaxing massage by appointment,07700 900888,,,",
                        "NA2,other-site.test,Old car,Car for sale,07700 900999,,,")
                .path());

        assertThat(clusterAdverts()).as("AD8 and NA1 now share a phone")
                .contains(List.of("AD8", "NA1"))
                .anySatisfy(keys -> assertThat(keys).contains("AD0"))
                .noneSatisfy(keys -> assertThat(keys).contains("NA2"));
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> clusterAdverts() {
        return graphQl.analyst("SUFFOLK").documentName("advertClusters").variable("minSize", 2).variable("first", 10)
                .execute().path("advertClusters.edges[*].node").entityList(Map.class).get().stream()
                .map(node -> ((List<Map<String, Object>>) node.get("adverts")).stream()
                        .map(advert -> (String) advert.get("recordId")).sorted().toList())
                .toList();
    }
}
