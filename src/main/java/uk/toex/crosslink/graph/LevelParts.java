package uk.toex.crosslink.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.Composition;

/**
 * The children of a level's statement, in one order: a part per nested list of {@link NestedReads#links()}
 * ({@code cypher/levels/link}), then the person's records when asked ({@code levels/records}). Each
 * list part pages by its own {@code $skip<n>} and {@code $limit<n>}; what a part read comes back in
 * the {@code child<n>} column of the same position, as a list of at most one row.
 */
final class LevelParts {

    private LevelParts() {
    }

    static Composition composition(String template, String parents, NestedReads level) {
        List<Composition.Part> parts = new ArrayList<>();
        level.links().forEach(page -> parts.add(new Composition.Part("levels/link", page.link().query())));
        if (level.records()) {
            parts.add(new Composition.Part("levels/records", PersonRecordReader.QUERY));
        }
        return new Composition(template, parents, parts);
    }

    static Map<String, Object> params(NestedReads level) {
        Map<String, Object> params = new HashMap<>();
        for (int n = 0; n < level.links().size(); n++) {
            PageRequest page = level.links().get(n).page();
            params.put("skip" + n, Cursor.offsetAfter(page.after()));
            params.put("limit" + n, page.first());
        }
        return params;
    }

    /** What the parts read for one parent: a page per list (empty when its file gave no row) and the records. */
    @SuppressWarnings("unchecked")
    static Nested nested(AccessScope scope, NestedReads level, List<List<Object>> children, LinkReader links,
                         PersonRecordReader records) {
        Map<LinkPage, Connection> pages = new LinkedHashMap<>();
        for (int n = 0; n < level.links().size(); n++) {
            LinkPage page = level.links().get(n);
            int skip = Cursor.offsetAfter(page.page().after());
            List<Object> child = children.get(n);
            pages.put(page, child.isEmpty() ? Connection.empty(skip > 0)
                    : links.connection(scope, (Map<String, Object>) child.get(0), skip));
        }
        List<PersonRecord> visible = null;
        if (level.records()) {
            List<Object> child = children.get(level.links().size());
            visible = child.isEmpty() ? List.of() : records.records(scope, (List<Map<String, Object>>) child.get(0));
        }
        return new Nested(pages, visible);
    }
}
