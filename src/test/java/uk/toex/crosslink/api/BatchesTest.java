package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.support.CrosslinkTest;

/** Ingest batches, newest first, to whom the written rule (docs/SECURITY.md, Batches) lets see them. */
@CrosslinkTest
class BatchesTest extends ReadApiTest {

    private static final String BATCHES = """
            query($force: String, $first: Int, $after: String) { batches(force: $force, first: $first, after: $after) {
              totalCount pageInfo { hasNextPage endCursor }
              edges { node { id force system extracted handling source ingestedAt status rows accepted updated
                unchanged rejected } } } }""";

    private HttpGraphQlTester.Response batchesAs(HttpGraphQlTester caller) {
        return caller.document(BATCHES).execute();
    }

    @Test
    void anAdminSeesEveryBatchNewestFirstWithItsOutcome() {
        batchesAs(graphQl.admin("NORFOLK")).path("batches.totalCount").entity(Integer.class).isEqualTo(3)
                .path("batches.edges[*].node.id").entityList(String.class)
                .containsExactly(batches.get(2).batchId(), batches.get(1).batchId(), batches.get(0).batchId())
                .path("batches.edges[0].node.force").entity(String.class).isEqualTo("NORFOLK")
                .path("batches.edges[0].node.system").entity(String.class).isEqualTo("ATHENA")
                .path("batches.edges[0].node.extracted").entity(String.class).isEqualTo("2024-02-29")
                .path("batches.edges[0].node.handling").entity(String.class).isEqualTo("P")
                .path("batches.edges[0].node.source").entity(String.class).isEqualTo("dir")
                .path("batches.edges[0].node.status").entity(String.class).isEqualTo("done")
                .path("batches.edges[0].node.rows").entity(Integer.class).isEqualTo(8)
                .path("batches.edges[0].node.updated").entity(Integer.class).isEqualTo(8)
                .path("batches.edges[0].node.accepted").entity(Integer.class).isEqualTo(0)
                .path("batches.edges[0].node.unchanged").entity(Integer.class).isEqualTo(0)
                .path("batches.edges[0].node.rejected").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void anAuditorOverseesEveryBatchThoughItReadsNoRecords() {
        batchesAs(graphQl.auditor()).path("batches.totalCount").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void analystsAndInvestigatorsSeeTheBatchesOfTheirOwnForces() {
        batchesAs(graphQl.analyst("NORFOLK")).path("batches.totalCount").entity(Integer.class).isEqualTo(2)
                .path("batches.edges[*].node.force").entityList(String.class).containsExactly("NORFOLK", "NORFOLK");
        batchesAs(graphQl.investigator("SUFFOLK")).path("batches.edges[*].node.id").entityList(String.class)
                .containsExactly(batches.get(1).batchId());
        batchesAs(graphQl.analyst("*")).path("batches.totalCount").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void aPartnerSeesNoBatchEvenWithAnotherRole() {
        batchesAs(graphQl.partner("NORFOLK")).path("batches.totalCount").entity(Integer.class).isEqualTo(0)
                .path("batches.edges").entityList(Object.class).hasSize(0);
        batchesAs(graphQl.as("partner-admin", Set.of(Role.PARTNER, Role.ADMIN), "NORFOLK"))
                .path("batches.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void batchesFilterByForceAndPageByCursor() {
        HttpGraphQlTester admin = graphQl.admin("NORFOLK");
        admin.document(BATCHES).variable("force", "suffolk").execute()
                .path("batches.edges[*].node.id").entityList(String.class).containsExactly(batches.get(1).batchId());
        var first = admin.document(BATCHES).variable("first", 2).execute();
        first.path("batches.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        admin.document(BATCHES).variable("first", 2)
                .variable("after", first.path("batches.pageInfo.endCursor").entity(String.class).get()).execute()
                .path("batches.edges[*].node.id").entityList(String.class).containsExactly(batches.get(0).batchId())
                .path("batches.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        expectBadRequest(admin.document(BATCHES).variable("force", "no such force!").execute(), "force must be a force code");
    }

    @Test
    void aBatchNeverShowsTheServersFilePaths() {
        assertThat(graphQl.admin("NORFOLK").document("{ __type(name: \"Batch\") { fields { name } } }").execute()
                .path("__type.fields[*].name").entityList(String.class).get())
                .contains("id", "force", "rows").doesNotContain("dir", "rejectFile", "dateFormat");
    }
}
