package uk.toex.crosslink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.support.CrosslinkTest;

@CrosslinkTest
class CallsIngestTest extends IngestStoreTest {

    static final String HEADER = "from_number,to_number,started_at,duration_s,kind,cell_id";

    Path calls(String name, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return BatchFolder.norfolk(temp.resolve(name), "2023-01-31").csv("calls.csv", lines).path();
    }

    List<Map<String, Object>> called() {
        return store.rows("MATCH (a:Phone)-[c:CALLED]->(b:Phone) RETURN a.e164 AS from, b.e164 AS to, c ORDER BY from, to, c.count")
                .stream().map(r -> {
                    Map<String, Object> m = new java.util.HashMap<>(r.get("c").asMap());
                    m.put("from", r.get("from").asString());
                    m.put("to", r.get("to").asString());
                    return m;
                }).toList();
    }

    @Test
    void aggregatesEventsPerNumberPairWhateverTheirSpelling() {
        IngestReport report = ingest.ingest(calls("c1",
                "07700900123,+36 30 123 4567,2022-01-02T10:00:00+01:00,60,CALL,X1",
                "+44 7700 900123,0036301234567,2022-01-01T10:00:00Z,30,CALL,X2",
                "0044 7700 900 123,+36301234567,2022-01-03T08:00:00Z,,SMS,X3",
                "+36301234567,07700900123,2022-01-04T08:00:00Z,5,,"));

        assertThat(report.file("calls.csv")).satisfies(f -> {
            assertThat(f.accepted()).isEqualTo(4);
            assertThat(f.ignoredColumns()).containsExactly("cell_id");
        });
        List<Map<String, Object>> called = called();
        assertThat(called).hasSize(2);
        assertThat(called.get(1)).containsEntry("from", "+447700900123").containsEntry("to", "+36301234567")
                .containsEntry("source", "NORFOLK/ATHENA").containsEntry("count", 3L).containsEntry("smsCount", 1L)
                .containsEntry("totalDuration", 90L);
        assertThat(((ZonedDateTime) called.get(1).get("first")).toInstant()).hasToString("2022-01-01T10:00:00Z");
        assertThat(((ZonedDateTime) called.get(1).get("last")).toInstant()).hasToString("2022-01-03T08:00:00Z");
        assertThat(called.get(0)).containsEntry("from", "+36301234567").containsEntry("count", 1L).containsEntry("smsCount", 0L);
    }

    @Test
    void theSameEventsAgainInAnyOrderChangeNothingAndAnotherExtractAdds() {
        String a = "07700900123,07700900124,2022-01-01T10:00:00Z,60,CALL,";
        String b = "07700900123,07700900124,2022-01-02T10:00:00Z,30,SMS,";
        String c = "07700900125,07700900124,2022-01-02T11:00:00Z,10,CALL,";
        ingest.ingest(calls("first", a, b, c));
        List<Map<String, Object>> once = called();

        IngestReport again = ingest.ingest(calls("reordered", c, b, a));

        assertThat(again.file("calls.csv").unchanged()).isEqualTo(3);
        assertThat(again.file("calls.csv").accepted()).isZero();
        assertThat(called()).isEqualTo(once);

        IngestReport next = ingest.ingest(calls("next-month", "07700900123,07700900124,2022-02-01T10:00:00Z,20,CALL,", c));

        assertThat(next.file("calls.csv").accepted()).isEqualTo(1);
        assertThat(next.file("calls.csv").unchanged()).isEqualTo(1);
        assertThat(store.rows("MATCH (:Phone {e164:'+447700900123'})-[c:CALLED]->(:Phone {e164:'+447700900124'}) "
                + "RETURN sum(c.count) AS events, sum(c.totalDuration) AS seconds, count(c) AS extracts").get(0).asMap())
                .containsEntry("events", 3L).containsEntry("seconds", 110L).containsEntry("extracts", 2L);
    }
}
