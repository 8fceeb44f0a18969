package uk.toex.crosslink.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the fields of a request ask of each parent of one level besides the parent itself: pages of
 * nested lists and, of persons, their visible records. {@link LevelReader} reads a level's parents
 * and all of these in one statement; an empty level reads the parents alone, as before.
 */
public record NestedReads(List<LinkPage> links, boolean records) {

    private static final NestedReads NONE = new NestedReads(List.of(), false);

    public NestedReads {
        links = List.copyOf(new LinkedHashSet<>(links));
    }

    public static NestedReads none() {
        return NONE;
    }

    public boolean isEmpty() {
        return links.isEmpty() && !records;
    }

    /** The kind of node whose fields ask for this level's lists (persons for records alone). */
    NodeKind parentKind() {
        return links.isEmpty() ? NodeKind.PERSON : links.get(0).link().parent();
    }

    /** Everything either level asks for (parents of one batch may be asked for different fields). */
    public NestedReads and(NestedReads other) {
        Set<LinkPage> all = new LinkedHashSet<>(links);
        all.addAll(other.links);
        return new NestedReads(List.copyOf(all), records || other.records);
    }
}
