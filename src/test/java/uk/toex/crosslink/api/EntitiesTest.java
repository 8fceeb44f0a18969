package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.Fixtures;
import uk.toex.crosslink.support.GraphQlTesters;

/**
 * Crosslink as an Apollo Federation v2 subgraph: the SDL a gateway composes, every entity by each
 * of its keys, and {@code _entities} batched into one store query per type.
 */
@CrosslinkTest
class EntitiesTest {

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
    void serviceSdlDeclaresTheContractKeysForAGateway() {
        String sdl = graphql.documentName("serviceSdl").execute().path("_service.sdl").entity(String.class).get();
        assertThat(sdl).contains("specs.apollo.dev/federation/v2")
                .containsPattern("type Person implements Node[^{]*@key\\(fields ?: ?\"id\"[^{]*@key\\(fields ?: ?\"entityId\"")
                .containsPattern("type PersonRecord implements Node[^{]*@key\\(fields ?: ?\"force system recordId\"")
                .containsPattern("type Phone implements Node[^{]*@key\\(fields ?: ?\"e164\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Person; entityId=P-0000000000000001; P-0000000000000001",
            "PersonRecord; force=NORFOLK,system=ATHENA,recordId=1002; NORFOLK/ATHENA/1002",
            "Phone; e164=+447700900456; +447700900456",
            "Address; key=NR1 1BB|12 PRINCE OF WALES ROAD; NR1 1BB|12 PRINCE OF WALES ROAD",
            "OrganisedCrimeGroup; force=NORFOLK,system=OCGM,recordId=77; NORFOLK/OCGM/77",
            "Advert; force=SUFFOLK,system=WEBSWEEP,recordId=S9; SUFFOLK/WEBSWEEP/S9",
            "Operation; force=NORFOLK,system=OPS,recordId=OP-9; NORFOLK/OPS/OP-9"})
    void resolvesEveryEntityByItsNaturalKeyAndByItsGlobalId(String type, String naturalKey, String key) {
        Map<String, Object> byNaturalKey = representation(type, naturalKey);
        Map<String, Object> byId = Map.of("__typename", type, "id", GlobalId.encode(type, key));
        graphql.documentName("entities").variable("representations", List.of(byNaturalKey, byId)).execute()
                .path("_entities[*].__typename").entityList(String.class).containsExactly(type, type)
                .path("_entities[*].id").entityList(String.class)
                .containsExactly(GlobalId.encode(type, key), GlobalId.encode(type, key));
    }

    @Test
    void fiftyPersonsAndTheirRecordsByNaturalKeyTakeOneQueryPerType() {
        List<Map<String, Object>> fifty = representations(50);
        long before = cypher.readCount();
        graphql.documentName("entities").variable("representations", fifty).execute()
                .path("_entities").entityList(Object.class).hasSize(fifty.size())
                .path("_entities[*].__typename").entityList(String.class).satisfies(types -> assertThat(types).doesNotContainNull());
        long forFifty = cypher.readCount() - before;

        List<Map<String, Object>> five = representations(5);
        before = cypher.readCount();
        graphql.documentName("entities").variable("representations", five).execute()
                .path("_entities").entityList(Object.class).hasSize(five.size());
        long forFive = cypher.readCount() - before;

        // one for the persons and one for the records, however many representations
        assertThat(forFifty).isEqualTo(2);
        assertThat(forFive).isEqualTo(forFifty);
    }

    @Test
    void anUnknownKeyResolvesToNullWithANotFoundErrorAtItsIndex() {
        List<Map<String, Object>> representations = List.of(
                Map.of("__typename", "Person", "entityId", "P-0000000000000001"),
                Map.of("__typename", "Person", "entityId", "P-ffffffffffffffff"));
        graphql.documentName("entities").variable("representations", representations).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getPath()).isEqualTo("_entities[1]");
                    assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND");
                    assertThat(errors.get(0).getMessage()).doesNotContain("ffffffffffffffff");
                })
                .path("_entities[0].entityId").entity(String.class).isEqualTo("P-0000000000000001")
                .path("_entities[1]").valueIsNull();
    }

    @Test
    void aRepresentationWithoutItsKeyOrWithAnotherTypesIdIsABadRequest() {
        List<Map<String, Object>> representations = List.of(
                Map.of("__typename", "PersonRecord", "force", "NORFOLK"),
                Map.of("__typename", "Person", "id", GlobalId.encode("PersonRecord", "NORFOLK/ATHENA/1002")));
        graphql.documentName("entities").variable("representations", representations).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).extracting(e -> e.getErrorType().toString()).containsExactly("BAD_REQUEST", "BAD_REQUEST");
                    assertThat(errors.get(0).getMessage()).contains("system");
                })
                .path("_entities[0]").valueIsNull()
                .path("_entities[1]").valueIsNull();
    }

    private List<Map<String, Object>> representations(int persons) {
        List<Map<String, Object>> out = new ArrayList<>();
        graphql.documentName("crowdKeys").variable("first", persons).execute()
                .path("persons.edges[*].node").entityList(PersonKeys.class).get().forEach(p -> {
                    out.add(Map.of("__typename", "Person", "entityId", p.entityId()));
                    p.records().forEach(r -> out.add(Map.of("__typename", "PersonRecord", "force", r.force(),
                            "system", r.system(), "recordId", r.recordId())));
                });
        return out;
    }

    private static Map<String, Object> representation(String type, String fields) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("__typename", type);
        for (String pair : fields.split(",")) {
            map.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return map;
    }

    record PersonKeys(String entityId, List<RecordKey> records) {
    }

    record RecordKey(String force, String system, String recordId) {
    }
}
