package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.Fixtures;
import uk.toex.crosslink.support.GraphQlTesters;

/** The top-level lists: forces with counts, and the counts of the others. */
@CrosslinkTest
class ListQueriesTest {

    @Autowired
    GraphQlTesters graphQl;

    HttpGraphQlTester graphql;

    @BeforeEach
    void load() {
        Fixtures.load("world");
        graphql = graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"); // every force of the fixture: sees every record
    }

    @Test
    void listsForcesWithCountsOfTheirRecordsPersonsAndCases() {
        graphql.documentName("forces").execute()
                .path("forces.totalCount").entity(Integer.class).isEqualTo(3)
                .path("forces.edges[*].node.code").entityList(String.class).containsExactly("ESSEX", "NORFOLK", "SUFFOLK")
                .path("forces.edges[1].node.id").entity(String.class).isEqualTo(GlobalId.encode("Force", "NORFOLK"))
                .path("forces.edges[1].node.personRecordCount").entity(Integer.class).isEqualTo(2)
                .path("forces.edges[1].node.personCount").entity(Integer.class).isEqualTo(2)
                .path("forces.edges[1].node.advertCount").entity(Integer.class).isEqualTo(1)
                .path("forces.edges[1].node.ocgCount").entity(Integer.class).isEqualTo(1)
                .path("forces.edges[1].node.operationCount").entity(Integer.class).isEqualTo(1)
                .path("forces.edges[1].node.offenceCount").entity(Integer.class).isEqualTo(0)
                .path("forces.edges[0].node.offenceCount").entity(Integer.class).isEqualTo(1)
                .path("forces.edges[2].node.personCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void countsEveryTopLevelList() {
        graphql.documentName("adverts").execute().path("adverts.totalCount").entity(Integer.class).isEqualTo(2);
        graphql.documentName("operations").execute().path("operations.totalCount").entity(Integer.class).isEqualTo(1);
        graphql.documentName("addresses").execute().path("addresses.totalCount").entity(Integer.class).isEqualTo(2);
        graphql.documentName("ocgs").execute().path("ocgs.totalCount").entity(Integer.class).isEqualTo(1);
    }
}
