package uk.toex.crosslink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.TestNeo4j;

/** A run killed part-way leaves whole chunks committed; running the batch again must end as one clean run. */
@CrosslinkTest
class RerunTest extends IngestStoreTest {

    BatchFolder batch(String name, int persons) {
        List<String> rows = new ArrayList<>(List.of("record_id,given_names,phones,address,postcode"));
        for (int i = 0; i < persons; i++) {
            rows.add("P" + i + ",Name" + i + ",0770090" + (1000 + i % 7) + ",\"" + i % 5 + " Mill Lane\",NR1 1AA");
        }
        return BatchFolder.norfolk(temp.resolve(name), "2023-01-31").csv("persons.csv", rows.toArray(String[]::new))
                .csv("ocgs.csv", "record_id,name", "G1,Crew").csv("ocg_members.csv", "ocg_record_id,person_record_id,role", "G1,P3,MEMBER")
                .csv("calls.csv", "from_number,to_number,started_at,duration_s,kind", "07700901001,07700901002,2022-01-01T10:00:00Z,6,CALL");
    }

    @Test
    void aRerunAfterAPartialLoadEndsLikeOneCleanRun() {
        ingest.ingest(batch("clean", 12_000).path());
        List<String> clean = IngestedGraph.of(store);
        TestNeo4j.clear();

        // the persons file of a run that died after 7,000 rows: two full chunks and part of a third
        ingest.ingest(BatchFolder.norfolk(temp.resolve("partial"), "2023-01-31").path());
        ingest.ingest(batch("partial-persons", 7_000).path());
        IngestReport rerun = ingest.ingest(batch("rerun", 12_000).path());

        assertThat(rerun.file("persons.csv").unchanged()).isEqualTo(7_000);
        assertThat(rerun.file("persons.csv").accepted()).isEqualTo(5_000);
        assertThat(IngestedGraph.of(store)).isEqualTo(clean);
    }
}
