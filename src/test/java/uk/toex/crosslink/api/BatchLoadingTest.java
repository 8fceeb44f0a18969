package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.Fixtures;
import uk.toex.crosslink.support.GraphQlTesters;

/** A page of persons with their records and addresses costs the same few queries whatever its size. */
@CrosslinkTest
class BatchLoadingTest {

    @Autowired
    GraphQlTesters graphQl;

    @Autowired
    CypherRunner cypher;

    HttpGraphQlTester graphql;

    @BeforeEach
    void load() {
        Fixtures.load("world", "crowd");
        graphql = graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"); // every force of the fixture: sees every record
    }

    @Test
    void fiftyPersonsWithRecordsNamesForcesAndAddressesTakeOneQuery() {
        long before = cypher.readCount();
        graphql.documentName("personsWithAddresses").variable("first", 50).execute()
                .path("persons.edges").entityList(Object.class).hasSize(50)
                .path("persons.edges[49].node.records[*].key").entityList(String.class).hasSize(2)
                .path("persons.edges[49].node.addresses.totalCount").entity(Integer.class).isEqualTo(2);
        long fifty = cypher.readCount() - before;

        before = cypher.readCount();
        graphql.documentName("personsWithAddresses").variable("first", 5).execute()
                .path("persons.edges").entityList(Object.class).hasSize(5);
        long five = cypher.readCount() - before;

        // the page, with the records (shared by records, displayName and forces) and the addresses of every
        // person on it read in the same statement (graph.LevelReader)
        assertThat(fifty).isEqualTo(1);
        assertThat(five).isEqualTo(fifty);
    }
}
