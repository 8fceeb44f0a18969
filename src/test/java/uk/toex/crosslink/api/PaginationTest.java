package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.GlobalId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.Fixtures;
import uk.toex.crosslink.support.GraphQlTesters;

@CrosslinkTest
class PaginationTest {

    @Autowired
    GraphQlTesters graphQl;

    HttpGraphQlTester graphql;

    @BeforeEach
    void load() {
        Fixtures.load("world", "crowd");
        graphql = graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"); // every force of the fixture: sees every record
    }

    @Test
    void pagesThroughEveryPersonOnceInStableOrder() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            GraphQlTester.Response page = graphql.documentName("personIds").variable("first", 20).variable("after", after).execute();
            page.path("persons.totalCount").entity(Integer.class).isEqualTo(53);
            page.path("persons.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
            seen.addAll(page.path("persons.edges[*].node.entityId").entityList(String.class).get());
            more = page.path("persons.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("persons.pageInfo.endCursor").entity(String.class).get();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(53).doesNotHaveDuplicates().isSorted();
        List<String> again = graphql.documentName("personIds").variable("first", 53).execute()
                .path("persons.edges[*].node.entityId").entityList(String.class).get();
        assertThat(again).isEqualTo(seen);
    }

    @Test
    void anEdgeCursorContinuesRightAfterThatEdge() {
        GraphQlTester.Response first = graphql.documentName("personIds").variable("first", 5).execute();
        String third = first.path("persons.edges[2].cursor").entity(String.class).get();
        List<String> ids = first.path("persons.edges[*].node.entityId").entityList(String.class).get();
        graphql.documentName("personIds").variable("first", 2).variable("after", third).execute()
                .path("persons.edges[*].node.entityId").entityList(String.class).isEqualTo(ids.subList(3, 5));
    }

    @Test
    void nestedListsPageWithTheirOwnCursorsAndCounts() {
        String id = GlobalId.encode("Person", "P-0000000000000001");
        GraphQlTester.Response first = graphql.documentName("personAddressesPage").variable("id", id).variable("first", 2).execute();
        first.path("person.addresses.totalCount").entity(Integer.class).isEqualTo(3)
                .path("person.addresses.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("person.addresses.edges[*].relation").entityList(String.class).containsExactly("HOME", "BROTHEL");
        String after = first.path("person.addresses.pageInfo.endCursor").entity(String.class).get();
        graphql.documentName("personAddressesPage").variable("id", id).variable("first", 2).variable("after", after).execute()
                .path("person.addresses.edges[*].relation").entityList(String.class).containsExactly("HOME")
                .path("person.addresses.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("person.addresses.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void anEmptyPageStillCounts() {
        graphql.documentName("personIds").variable("first", 0).execute()
                .path("persons.edges").entityList(Object.class).hasSize(0)
                .path("persons.totalCount").entity(Integer.class).isEqualTo(53)
                .path("persons.pageInfo.endCursor").valueIsNull();
    }

    @Test
    void refusesPagesLargerThanTheBoundAndCursorsFromElsewhere() {
        expectBadRequest(graphql.documentName("personIds").variable("first", 101).execute(), "first must be between 0 and 100");
        expectBadRequest(graphql.documentName("personIds").variable("first", -1).execute(), "first must be between 0 and 100");
        expectBadRequest(graphql.documentName("personIds").variable("after", "garbage!").execute(), "not a valid cursor for this list");
        String nested = graphql.documentName("personAddressesPage").variable("id", GlobalId.encode("Person", "P-0000000000000001"))
                .variable("first", 1).execute().path("person.addresses.pageInfo.endCursor").entity(String.class).get();
        expectBadRequest(graphql.documentName("personIds").variable("after", nested).execute(), "not a valid cursor for this list");
    }

    private static void expectBadRequest(GraphQlTester.Response response, String message) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).isEqualTo(message);
            assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
        }));
    }
}
