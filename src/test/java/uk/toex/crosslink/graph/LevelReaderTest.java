package uk.toex.crosslink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.Fixtures;

/**
 * A level read in one statement answers, part by part, exactly what each part's own reader answers:
 * for a person's lists that may be withheld (addresses, phones) and one that never is (groups) with
 * the person's records, on a first and a later page, for callers who see everything,
 * who miss another force's C records, and partners (withheld markers), whether the level's parents
 * are persons by key, a page of the persons list or the persons on a page of a phone's holders.
 */
@CrosslinkTest
class LevelReaderTest {

    private static final List<String> PERSONS = List.of("P-0000000000000001", "P-0000000000000002", "P-0000000000000003");
    private static final List<String> PHONES = List.of("+447700900123", "+447700900456", "+447700900789");

    @Autowired
    LevelReader levels;
    @Autowired
    NodeReader nodes;
    @Autowired
    LinkReader links;
    @Autowired
    ListReader lists;
    @Autowired
    PersonRecordReader records;

    @BeforeEach
    void load() {
        Fixtures.load("world");
    }

    static Stream<Arguments> callersAndPages() {
        return Stream.of(scope(Role.ANALYST, "NORFOLK", "SUFFOLK", "ESSEX"), scope(Role.ANALYST, "NORFOLK"),
                        scope(Role.PARTNER, "NORFOLK"), scope(Role.ADMIN, "SUFFOLK"))
                .flatMap(scope -> Stream.of(PageRequest.of(20, null), PageRequest.of(1, Cursor.ofOffset(0)))
                        .map(page -> Arguments.of(scope, page)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("callersAndPages")
    void personsByKeyWithEveryListOfTheirsAnswerAsEachListReadAlone(AccessScope scope, PageRequest page) {
        NestedReads level = personLists(page);
        Map<String, LevelReader.Found> found = levels.nodes(scope, NodeKind.PERSON, PERSONS, level);

        assertThat(found.keySet()).isEqualTo(nodes.find(scope, "Person", PERSONS).keySet());
        found.forEach((id, f) -> expectAsAlone(scope, level, id, f.nested()));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("callersAndPages")
    void aPageOfPersonsWithEveryListOfTheirsAnswersAsThePageAndEachListReadAlone(AccessScope scope, PageRequest page) {
        NestedReads level = personLists(page);
        ListReader.LevelPage withLevel = lists.page(scope, Listing.PERSONS, ListFilter.none(), PageRequest.of(2, null),
                true, level);

        assertThat(withLevel.connection()).isEqualTo(lists.page(scope, Listing.PERSONS, PageRequest.of(2, null), true));
        assertThat(withLevel.nested()).hasSize(withLevel.connection().edges().size());
        withLevel.nested().forEach((id, nested) -> expectAsAlone(scope, level, id, nested));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("callersAndPages")
    void thePersonsOnAPhonesHoldersWithEveryListOfTheirsAnswerAsEachListReadAlone(AccessScope scope, PageRequest page) {
        NestedReads level = personLists(page);
        LevelReader.LinkLevel withLevel = levels.links(scope, Link.PHONE_PERSONS, PHONES, PageRequest.of(20, null), level);

        assertThat(withLevel.pages()).isEqualTo(links.read(scope, Link.PHONE_PERSONS, PHONES, PageRequest.of(20, null)));
        withLevel.nested().forEach((id, nested) -> expectAsAlone(scope, level, id, nested));
        assertThat(withLevel.nested().keySet()).isEqualTo(Set.copyOf(withLevel.pages().values().stream()
                .flatMap(c -> c.edges().stream()).map(e -> ((GraphNode) e.get("node")).key()).toList()));
    }

    private void expectAsAlone(AccessScope scope, NestedReads level, String personId, Nested nested) {
        for (LinkPage page : level.links()) {
            assertThat(nested.links().get(page)).as(page.link() + " of " + personId)
                    .isEqualTo(links.read(scope, page.link(), List.of(personId), page.page()).get(personId));
        }
        assertThat(nested.records()).isEqualTo(records.visibleRecords(scope, List.of(personId)).get(personId));
    }

    /** Four parts, as a person's screen asks: each part adds to the statement's first planning, not to its runs. */
    private static NestedReads personLists(PageRequest page) {
        return new NestedReads(Stream.of(Link.PERSON_ADDRESSES, Link.PERSON_PHONES, Link.PERSON_OCGS)
                .map(l -> new LinkPage(l, page)).toList(), true);
    }

    private static AccessScope scope(Role role, String... forces) {
        return Caller.of(role.name().toLowerCase(), Set.of(role), List.of(forces)).scope();
    }
}
