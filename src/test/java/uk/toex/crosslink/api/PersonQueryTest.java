package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.GlobalId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.Fixtures;
import uk.toex.crosslink.support.GraphQlTesters;

@CrosslinkTest
class PersonQueryTest {

    @Autowired
    GraphQlTesters graphQl;

    HttpGraphQlTester graphql;

    @BeforeEach
    void load() {
        Fixtures.load("world");
        graphql = graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"); // every force of the fixture: sees every record
    }

    @Test
    void personsListsEveryResolvedPersonWithContractFields() {
        var response = graphql.documentName("persons").variable("first", 10).execute();
        response.path("persons.totalCount").entity(Integer.class).isEqualTo(3);
        response.path("persons.edges[*].node.entityId").entityList(String.class)
                .containsExactly("P-0000000000000001", "P-0000000000000002", "P-0000000000000003");
        response.path("persons.edges[0].node.id").entity(String.class)
                .isEqualTo(GlobalId.encode("Person", "P-0000000000000001"));
        response.path("persons.edges[0].node.forces").entityList(String.class).containsExactly("NORFOLK", "SUFFOLK");
        response.path("persons.edges[0].node.records[*].recordId").entityList(String.class).containsExactly("1001", "2001");
        response.path("persons.edges[0].node.displayName").entity(String.class).isEqualTo("Attila Lakatos");
        response.path("persons.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void personRecordFieldsRoundTripWithProvenanceAndExtraColumns() {
        var record = graphql.documentName("person").variable("id", GlobalId.encode("Person", "P-0000000000000001"))
                .execute().path("person.records[0]");
        record.entity(Map.class).satisfies(r -> {
            assertThat(r).containsEntry("key", "NORFOLK/ATHENA/1001").containsEntry("handling", "P")
                    .containsEntry("extracted", "2024-05-01").containsEntry("version", 1)
                    .containsEntry("aliases", List.of("Ati")).containsEntry("flags", List.of("SUSPECT"))
                    .containsEntry("extra", Map.of("nickname", "The Hungarian", "officer", "PC 123"));
            assertThat((String) r.get("ingestedAt")).startsWith("2024-05-02T08:00");
        });
    }

    @Test
    void cyrillicNamesRoundTripAndDisplayNamePrefersLatinScript() {
        var response = graphql.documentName("person").variable("id", GlobalId.encode("Person", "P-0000000000000002")).execute();
        response.path("person.displayName").entity(String.class).isEqualTo("Ivan Ivanov");
        response.path("person.records[*].familyName").entityList(String.class).containsExactly("Ivanov", "Иванов");
        response.path("person.records[1].givenNames").entity(String.class).isEqualTo("Иван");
        response.path("person.records[1].aliases").entityList(String.class).containsExactly("Ваня");
    }

    @Test
    void personRecordWalksToItsPersonAndBack() {
        graphql.documentName("personRecord").variable("id", GlobalId.encode("PersonRecord", "SUFFOLK/CONNECT/2001"))
                .execute()
                .path("personRecord.familyName").entity(String.class).isEqualTo("LAKATOS")
                .path("personRecord.person.entityId").entity(String.class).isEqualTo("P-0000000000000001")
                .path("personRecord.person.records[*].recordId").entityList(String.class).containsExactly("1001", "2001");
    }

    @Test
    void unknownPersonIsNullAndAnIdOfAnotherTypeIsABadRequest() {
        graphql.documentName("person").variable("id", GlobalId.encode("Person", "P-ffffffffffffffff"))
                .execute().path("person").valueIsNull();
        graphql.documentName("person").variable("id", GlobalId.encode("PersonRecord", "NORFOLK/ATHENA/1001"))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("not a valid id");
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getPath()).isEqualTo("person");
                }));
    }
}
