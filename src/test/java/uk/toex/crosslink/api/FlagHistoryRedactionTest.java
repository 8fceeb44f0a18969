package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.ingest.BatchFolder;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.security.Redaction;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * A person once flagged VICTIM stays protected from partners after a later batch drops the flag:
 * the current record and every version of its history are redacted, the old flags and the hash
 * of withheld content are not shown; and no partner gets a match explanation scored on markers.
 */
@CrosslinkTest
class FlagHistoryRedactionTest {

    static final String QUERY = """
            query($id: ID!) { node(id: $id) { ... on PersonRecord { givenNames familyName flags
              versions { hash withheld content } } } }""";

    @Autowired
    GraphQlTesters graphQl;
    @Autowired
    IngestService ingest;
    @TempDir
    Path temp;

    @BeforeEach
    void aVictimFlagRemovedByALaterBatch() {
        TestNeo4j.clear();
        String header = "record_id,given_names,family_name,dob,flags,handling"; // P: partners see them
        ingest.ingest(BatchFolder.norfolk(temp.resolve("v1"), "2024-01-31")
                .csv("persons.csv", header, "N9,Elena,MORARU,1991-02-03,VICTIM,P", "N8,Ion,RUSU,1970-01-01,VICTIM,P").path());
        ingest.ingest(BatchFolder.norfolk(temp.resolve("v2"), "2024-02-29")
                .csv("persons.csv", header, "N9,Elena,MORARU,1991-02-04,,P", "N8,Ion,RUSU,1970-01-01,VICTIM,P").path());
    }

    @Test
    void aPartnerSeesNeitherTheNameNorThePastFlagNorTheHashOfAProtectedPersonsHistory() {
        var partner = graphQl.partner("NORFOLK").document(QUERY)
                .variable("id", GlobalId.encode("PersonRecord", "NORFOLK/ATHENA/N9")).execute();
        partner.path("node.familyName").entity(String.class).isEqualTo(Redaction.MARKER)
                .path("node.versions[0].withheld").entity(Boolean.class).isEqualTo(true)
                .path("node.versions[0].hash").valueIsNull()
                .path("node.versions[0].content").entity(Map.class).satisfies(content -> assertThat(content.toString())
                        .doesNotContain("VICTIM", "MORARU", "1991"));

        graphQl.analyst("NORFOLK").document(QUERY).variable("id", GlobalId.encode("PersonRecord", "NORFOLK/ATHENA/N9"))
                .execute().path("node.familyName").entity(String.class).isEqualTo("MORARU")
                .path("node.versions[0].hash").entity(String.class).satisfies(h -> assertThat(h).hasSize(64))
                .path("node.versions[0].content.flags").entityList(String.class).containsExactly("VICTIM");
    }

    @Test
    void aPartnerGetsNoMatchExplanationForRecordsItSeesRedacted() {
        graphQl.partner("NORFOLK").documentName("explainMatch").variable("a", "NORFOLK/ATHENA/N9")
                .variable("b", "NORFOLK/ATHENA/N8").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        graphQl.analyst("NORFOLK").documentName("explainMatch").variable("a", "NORFOLK/ATHENA/N9")
                .variable("b", "NORFOLK/ATHENA/N8").execute()
                .path("explainMatch.sameEntity").entity(Boolean.class).isEqualTo(false)
                .path("explainMatch.score").entity(Double.class).satisfies(score -> assertThat(score).isLessThan(0.5));
    }
}
