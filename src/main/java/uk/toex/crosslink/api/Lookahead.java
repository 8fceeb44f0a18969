package uk.toex.crosslink.api;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.toex.crosslink.graph.Cursor;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.graph.Link;
import uk.toex.crosslink.graph.LinkPage;
import uk.toex.crosslink.graph.NestedReads;
import uk.toex.crosslink.graph.NodeKind;
import uk.toex.crosslink.graph.PageRequest;

/**
 * What a field's selection asks of the nodes it returns, as a {@link NestedReads}: every nested list
 * ({@link Link}) selected on them with its page, and of persons the fields served by their records.
 * Read from the request's own selection, so any document gets its level read in one statement,
 * not only documents known here. A page the field would refuse (a bad cursor or size) is left out:
 * the field then reads it alone and names its own error, as before.
 */
final class Lookahead {

    /** Person fields that {@code PersonController} serves from the person's visible records. */
    private static final Set<String> FROM_RECORDS = Set.of("records", "displayName", "forces");

    private static final Map<String, Link> LINKS = Arrays.stream(Link.values())
            .collect(Collectors.toMap(l -> l.parent().type() + "." + l.field(), Function.identity()));

    private Lookahead() {
    }

    /** What the fields directly below this one ask of a node of {@code kind}. */
    static NestedReads ofNode(DataFetchingFieldSelectionSet selection, NodeKind kind) {
        return of(selection.getImmediateFields(), kind);
    }

    /** What the fields of a connection's nodes ({@code edges { node { ... } }}) ask of them. */
    static NestedReads ofConnection(DataFetchingFieldSelectionSet selection, NodeKind kind) {
        return of(selection.getFields("edges/node/*"), kind);
    }

    /**
     * What the fields of a nested list's nodes ask of them; a list whose nodes are of several kinds
     * (a union) is read without its next level.
     */
    static NestedReads ofConnection(DataFetchingFieldSelectionSet selection) {
        List<SelectedField> fields = selection.getFields("edges/node/*");
        Set<NodeKind> kinds = fields.stream().flatMap(f -> f.getObjectTypeNames().stream())
                .map(NodeKind::of).flatMap(Optional::stream).collect(Collectors.toSet());
        return kinds.size() == 1 ? of(fields, kinds.iterator().next()) : NestedReads.none();
    }

    private static NestedReads of(List<SelectedField> fields, NodeKind kind) {
        List<LinkPage> pages = new ArrayList<>();
        boolean records = false;
        for (SelectedField field : fields) {
            if (!field.getObjectTypeNames().contains(kind.type())) {
                continue;
            }
            records |= kind == NodeKind.PERSON && FROM_RECORDS.contains(field.getName());
            Link link = LINKS.get(kind.type() + "." + field.getName());
            if (link != null) {
                page(field).ifPresent(page -> pages.add(new LinkPage(link, page)));
            }
        }
        return new NestedReads(pages, records);
    }

    private static Optional<PageRequest> page(SelectedField field) {
        try {
            String after = (String) field.getArguments().get("after");
            Cursor.offsetAfter(after);
            return Optional.of(PageRequest.of((Integer) field.getArguments().get("first"), after));
        } catch (InvalidInputException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
