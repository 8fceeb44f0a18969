package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.graph.Cursor;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.Fixtures;
import uk.toex.crosslink.support.GraphQlTesters;

/**
 * A node or a list page is read in one statement with every nested list its fields ask for
 * (graph.LevelReader), and answers exactly what those lists answer when each is read on its own:
 * same pages, cursors and counts, same hidden records left out, same withheld markers.
 */
@CrosslinkTest
class LevelReadsTest {

    private static final String LAKATOS = GlobalId.encode("Person", "P-0000000000000001");
    private static final String VICTIM = GlobalId.encode("Person", "P-0000000000000003");
    private static final String LAKATOS_PHONE = GlobalId.encode("Phone", "+447700900123");

    @Autowired
    GraphQlTesters graphQl;

    @Autowired
    CypherRunner cypher;

    @BeforeEach
    void load() {
        Fixtures.load("world");
    }

    @Test
    void aPersonWithRecordsAddressesPhonesAndGroupsIsReadInOneStatement() {
        long before = cypher.readCount();
        person(graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"), null)
                .path("person.records[*].key").entityList(String.class)
                .containsExactly("NORFOLK/ATHENA/1001", "SUFFOLK/CONNECT/2001")
                .path("person.displayName").entity(String.class).isEqualTo("Attila Lakatos")
                .path("person.addresses.totalCount").entity(Integer.class).isEqualTo(3)
                .path("person.addresses.edges[*].node.key").entityList(String.class).containsExactly("IP1 2AA")
                .path("person.allAddresses.edges[*].relation").entityList(String.class).containsExactly("HOME", "BROTHEL", "HOME")
                .path("person.phones.edges[*].node.e164").entityList(String.class).containsExactly("+447700900123")
                .path("person.ocgs.edges[0].role").entity(String.class).isEqualTo("LEADER");
        assertThat(cypher.readCount() - before).isEqualTo(1);
    }

    @Test
    void aPersonTheCallerMayNotSeeIsNullAndNothingBelowItIsServed() {
        graphQl.analyst("NORFOLK").documentName("levelReads").operationName("person").variable("id", VICTIM).execute()
                .errors().verify()
                .path("person").valueIsNull();
    }

    static Stream<Arguments> callersAndPages() {
        return Stream.of(null, Cursor.ofOffset(0), Cursor.ofOffset(1)).flatMap(after -> Stream.of(
                Arguments.of("analyst of every force", after),
                Arguments.of("analyst of Norfolk (Suffolk's C record hidden)", after),
                Arguments.of("partner of Norfolk (holders withheld)", after)));
    }

    @ParameterizedTest(name = "{0}, after {1}")
    @MethodSource("callersAndPages")
    void nestedListsReadWithTheirPersonAnswerAsTheSameListsReadOnTheirOwn(String caller, String after) {
        HttpGraphQlTester tester = switch (caller.substring(0, caller.indexOf(" of "))) {
            case "partner" -> graphQl.partner("NORFOLK");
            default -> caller.contains("every") ? graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX") : graphQl.analyst("NORFOLK");
        };
        Object withItsLevel = person(tester, after).path("person").entity(Map.class).get();
        Object onTheirOwn = tester.documentName("levelReads").operationName("personUnderAPhone")
                .variable("phone", LAKATOS_PHONE).variable("after", after).execute()
                .path("node.persons.edges[0].node").entity(Map.class).get();
        assertThat(withItsLevel).isEqualTo(onTheirOwn);
    }

    @Test
    void aHiddenRecordIsLeftOutOfEveryListOfTheLevel() {
        person(graphQl.analyst("NORFOLK"), null)
                .path("person.records[*].key").entityList(String.class).containsExactly("NORFOLK/ATHENA/1001")
                .path("person.forces").entityList(String.class).containsExactly("NORFOLK")
                .path("person.allAddresses.edges[*].relation").entityList(String.class).containsExactly("BROTHEL", "HOME")
                .path("person.addresses.totalCount").entity(Integer.class).isEqualTo(2);
    }

    private static org.springframework.graphql.test.tester.GraphQlTester.Response person(HttpGraphQlTester tester, String after) {
        return tester.documentName("levelReads").operationName("person")
                .variable("id", LAKATOS).variable("after", after).execute();
    }
}
