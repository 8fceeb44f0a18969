package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester.Response;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.support.CrosslinkTest;

/**
 * A bounded fuzz of {@code node(id:)}, as the outside probe ran it: for every caller of the matrix,
 * ids forged from real keys of records and persons it may or may not see (other kinds, changed
 * case, cut, padded, extra segments, a character swapped) and random bytes. Whatever comes back is
 * something the caller sees, nothing fails inside, and every request leaves its audit event. The
 * seed is fixed so a failure repeats.
 */
@CrosslinkTest
class ForgedIdsFuzzTest extends MatrixHttpTest {

    private static final int IDS_PER_CALLER = 24;
    private static final List<String> KINDS = List.of("Person", "PersonRecord", "Phone", "Address", "Advert",
            "OrganisedCrimeGroup", "Operation", "Batch", "AuditEvent", "ReviewItem", "Nope", "");

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void forgedIdsReturnOnlyWhatTheCallerSeesAndNeverFailInside(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Set<String> visibleRecords = expected.records().stream().map(MatrixWorld.Rec::key).collect(Collectors.toSet());
        Set<String> visiblePersons = Set.copyOf(expected.personIds());
        Random random = new Random(31L * role.ordinal() + forces.hashCode());
        for (int i = 0; i < IDS_PER_CALLER; i++) {
            String id = forged(random);
            Response response = requests.askAnyOutcome(MatrixCallers.caller(role, forces), "matrixNode", Map.of("id", id));
            List<ResponseError> errors = response.returnResponse().getErrors();
            assertThat(errors).as(id).noneSatisfy(e -> assertThat(e.getErrorType().toString()).isEqualTo("INTERNAL_ERROR"));
            Map<String, Object> node = response.returnResponse().field("node").getValue();
            if (node != null && "PersonRecord".equals(node.get("__typename"))) {
                assertThat(visibleRecords).as(id).contains((String) node.get("key"));
            } else if (node != null && "Person".equals(node.get("__typename"))) {
                assertThat(visiblePersons).as(id).contains((String) node.get("entityId"));
            }
        }
    }

    private static String forged(Random random) {
        List<MatrixWorld.Rec> records = MatrixWorld.RECORDS;
        String key = random.nextBoolean() ? records.get(random.nextInt(records.size())).key()
                : MatrixWorld.personIds().get(random.nextInt(MatrixWorld.personIds().size()));
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        return switch (random.nextInt(8)) {
            case 0 -> GlobalId.encode(kind, key);
            case 1 -> GlobalId.encode(kind, key.toLowerCase());
            case 2 -> GlobalId.encode(kind, key.substring(0, random.nextInt(key.length())));
            case 3 -> GlobalId.encode(kind, key + "/" + key);
            case 4 -> GlobalId.encode(kind, swapOne(key, random));
            case 5 -> GlobalId.encode(kind, key + " ".repeat(random.nextInt(3)) + "\u0000");
            case 6 -> Base64.getUrlEncoder().encodeToString(randomBytes(random));
            default -> new String(randomBytes(random), StandardCharsets.ISO_8859_1);
        };
    }

    private static String swapOne(String key, Random random) {
        char[] chars = key.toCharArray();
        chars[random.nextInt(chars.length)] = (char) ('!' + random.nextInt(90));
        return new String(chars);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(60)];
        random.nextBytes(bytes);
        return bytes;
    }
}
