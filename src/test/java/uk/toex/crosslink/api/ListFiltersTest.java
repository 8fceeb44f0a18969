package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.support.CrosslinkTest;

/** The top-level lists' optional filters narrow the page and its totalCount alike, and refuse bad values. */
@CrosslinkTest
class ListFiltersTest extends ReadApiTest {

    HttpGraphQlTester analyst;

    @BeforeEach
    void bothForces() {
        analyst = graphQl.analyst("NORFOLK", "SUFFOLK"); // sees every record of the world
    }

    @ParameterizedTest(name = "{0}({1}) lists {2}")
    @CsvSource(delimiter = ';', value = {
            "persons; ; 4",
            "persons; force: \"NORFOLK\"; 3",
            "persons; force: \"suffolk\"; 1",
            "ocgs; force: \"NORFOLK\"; 2",
            "ocgs; status: ACTIVE; 1",
            "ocgs; force: \"NORFOLK\", status: DISRUPTED; 1",
            "operations; status: OPEN; 2",
            "operations; force: \"NORFOLK\", status: CLOSED; 1",
            "offences; ; 3",
            "offences; category: \"msht\"; 2",
            "offences; minGravity: 5; 2",
            "offences; force: \"NORFOLK\", minGravity: 4; 1",
            "adverts; site: \"EXAMPLE-escorts.test\"; 2",
            "adverts; postcode: \"ip11aa\"; 2",
            "adverts; site: \"example-escorts.test\", postcode: \"IP1 1AA\"; 1",
            "addresses; postcode: \"nr1 1bb\"; 1",
            "addresses; postcode: \"XX9 9XX\"; 0"})
    void aFilterNarrowsThePageAndItsCount(String list, String filter, int expected) {
        String args = filter == null ? "first: 100" : "first: 100, " + filter;
        GraphQlTester.Response response = analyst.document("{ " + list + "(" + args + ") { totalCount edges { node { id } } } }")
                .execute();
        response.path(list + ".totalCount").entity(Integer.class).isEqualTo(expected)
                .path(list + ".edges").entityList(Object.class).hasSize(expected);
    }

    @Test
    void filtersKeepTheMatchingRecords() {
        analyst.document("{ ocgs(force: \"NORFOLK\", status: DISRUPTED) { edges { node { key status } } } }").execute()
                .path("ocgs.edges[*].node.key").entityList(String.class).containsExactly("NORFOLK/ATHENA/G1");
        analyst.document("{ offences(category: \"MSHT\", minGravity: 6) { edges { node { key gravity } } } }").execute()
                .path("offences.edges[*].node.key").entityList(String.class).containsExactly("NORFOLK/ATHENA/F1");
        analyst.document("{ addresses(postcode: \"nr11bb\") { edges { node { postcode records { edges { node { key } } } } } } }")
                .execute().path("addresses.edges[0].node.postcode").entity(String.class).isEqualTo("NR1 1BB")
                .path("addresses.edges[0].node.records.edges[*].node.key").entityList(String.class)
                .containsExactly("NORFOLK/ATHENA/A1");
    }

    @Test
    void aFilterNeverWidensWhatTheCallerMaySee() {
        // N3 is C-handled: a SUFFOLK analyst sees NORFOLK's P records only
        graphQl.analyst("SUFFOLK").document("{ persons(force: \"NORFOLK\") { totalCount } }").execute()
                .path("persons.totalCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void aPageOfAFilteredListStillPagesByCursor() {
        GraphQlTester.Response first = analyst.document("{ offences(first: 1, category: \"msht\") { totalCount"
                + " pageInfo { hasNextPage endCursor } edges { node { key } } } }").execute();
        first.path("offences.totalCount").entity(Integer.class).isEqualTo(2)
                .path("offences.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String after = first.path("offences.pageInfo.endCursor").entity(String.class).get();
        analyst.document("query($after: String) { offences(first: 1, after: $after, category: \"msht\") {"
                        + " pageInfo { hasNextPage } edges { node { key } } } }").variable("after", after).execute()
                .path("offences.edges[*].node.key").entityList(String.class).containsExactly("SUFFOLK/NICHE/SF1")
                .path("offences.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @ParameterizedTest(name = "{0}({1}) is refused: {2}")
    @CsvSource(delimiter = ';', value = {
            "persons; force: \"NOR-FOLK!\"; force must be a force code",
            "ocgs; force: \"N\"; force must be a force code",
            "offences; minGravity: 11; minGravity must be between 1 and 10",
            "offences; minGravity: 0; minGravity must be between 1 and 10",
            "offences; category: \"  \"; category must be between 1 and 200 characters",
            "adverts; site: \"\"; site must be between 1 and 200 characters",
            "addresses; postcode: \" \"; postcode must be between 1 and 200 characters"})
    void aBadFilterValueIsABadRequestThatNamesTheArgument(String list, String filter, String message) {
        expectBadRequest(analyst.document("{ " + list + "(" + filter + ") { totalCount } }").execute(), message);
    }

    @ParameterizedTest
    @CsvSource({"ocgs, OPEN", "operations, ACTIVE"})
    void aStatusOutsideTheListsOwnIsRefusedByTheSchema(String list, String status) {
        analyst.document("{ " + list + "(status: " + status + ") { totalCount } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains("status").contains(status);
                    assertThat(error.getErrorType().toString()).isEqualTo("ValidationError");
                }));
    }

    @Test
    void filterValuesTravelAsVariablesToo() {
        analyst.document("query($f: String, $g: Int) { offences(force: $f, minGravity: $g) { totalCount } }")
                .variables(Map.of("f", "SUFFOLK", "g", 5)).execute()
                .path("offences.totalCount").entity(Integer.class).isEqualTo(1);
    }
}
