package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester.Response;
import uk.toex.crosslink.security.MatrixViews.PersonBrief;
import uk.toex.crosslink.security.MatrixViews.RecordFields;
import uk.toex.crosslink.security.MatrixWorld.Container;
import uk.toex.crosslink.security.MatrixWorld.Rec;
import uk.toex.crosslink.support.CrosslinkTest;

/**
 * Federation's {@code _entities} is one more way in, so it obeys the same matrix as {@code node(id:)}:
 * for every role and caller force set, in one request per caller (audited once) naming every record,
 * person, the shared phone and every OCG, operation and advert by its natural key, each entity is
 * what the written rule lets the caller see (identities redacted for partners) or null with a
 * NOT_FOUND error at its index that names nothing of it.
 */
@CrosslinkTest
class FederatedEntitiesVisibilityTest extends MatrixHttpTest {

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void entitiesResolveExactlyAsTheWrittenRuleAllowsAndHiddenOnesAreNullWithAnError(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        List<Map<String, Object>> representations = new ArrayList<>();
        List<Object> expectedEntities = new ArrayList<>();
        for (Rec r : MatrixWorld.RECORDS) {
            representations.add(Map.of("__typename", "PersonRecord", "force", r.force(), "system", r.system(),
                    "recordId", r.recordId()));
            expectedEntities.add(expected.sees(r) ? expected.fields(r) : null);
        }
        for (String id : MatrixWorld.personIds()) {
            representations.add(Map.of("__typename", "Person", "entityId", id));
            expectedEntities.add(expected.recordsOf(id).isEmpty() ? null : expected.brief(id));
        }
        representations.add(Map.of("__typename", "Phone", "e164", MatrixWorld.PHONE));
        boolean phoneSeen = !expected.contactRecords().isEmpty() || !expected.containers("Advert").isEmpty();
        expectedEntities.add(phoneSeen ? MatrixWorld.PHONE : null);
        for (Container c : MatrixWorld.CONTAINERS) {
            representations.add(Map.of("__typename", c.kind(), "force", c.force(), "system", c.system(),
                    "recordId", c.recordId()));
            expectedEntities.add(expected.containers(c.kind()).contains(c) ? c.key() : null);
        }

        Response response = requests.ask(MatrixCallers.caller(role, forces), "matrixEntities",
                Map.of("representations", representations));

        List<String> hiddenPaths = new ArrayList<>();
        for (int i = 0; i < expectedEntities.size(); i++) {
            if (expectedEntities.get(i) == null) {
                hiddenPaths.add("_entities[" + i + "]");
            }
        }
        response.errors().satisfy(errors -> {
            assertThat(errors).extracting(ResponseError::getPath).containsExactlyInAnyOrderElementsOf(hiddenPaths);
            assertThat(errors).allSatisfy(e -> {
                assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND");
                assertThat(e.getMessage()).doesNotContain("/", "P-", "+44");
            });
        });
        for (int i = 0; i < expectedEntities.size(); i++) {
            String path = "_entities[" + i + "]";
            Object entity = expectedEntities.get(i);
            if (entity == null) {
                response.path(path).valueIsNull();
            } else if (entity instanceof RecordFields fields) {
                response.path(path).entity(RecordFields.class).isEqualTo(fields);
            } else if (entity instanceof PersonBrief brief) {
                response.path(path).entity(PersonBrief.class).isEqualTo(brief);
            } else if (MatrixWorld.PHONE.equals(entity)) {
                response.path(path + ".e164").entity(String.class).isEqualTo(MatrixWorld.PHONE);
            } else {
                response.path(path + ".key").entity(String.class).isEqualTo(entity);
            }
        }
    }
}
