package uk.toex.crosslink.graph;

import java.util.List;

/**
 * The top-level lists. Each has {@code cypher/queries/lists/<name>.cypher} (a keyset page) and
 * {@code <name>-count.cypher}; keeping them in an enum means a client can never name a file.
 * {@code filters} are the optional parameters both queries take (null when not asked for), so a
 * filter always reaches the page and its count alike. A filter that narrows a list a lot may have
 * its own pair of files ({@code persons-by-force}), chosen here, never by a client.
 */
public enum Listing {
    PERSONS("persons", NodeKind.PERSON, "force") {
        /** Filtered by force, persons are found from the force's per-person facts ({@code persons-by-force}). */
        @Override
        String queryName(ListFilter filter) {
            return filter.get("force") == null ? "persons" : "persons-by-force";
        }

        @Override
        List<String> queryNames() {
            return List.of("persons", "persons-by-force");
        }
    },
    OCGS("ocgs", NodeKind.ORGANISED_CRIME_GROUP, "force", "status"),
    ADVERTS("adverts", NodeKind.ADVERT, "site", "postcode"),
    OPERATIONS("operations", NodeKind.OPERATION, "force", "status"),
    OFFENCES("offences", NodeKind.OFFENCE, "force", "category", "minGravity"),
    ADDRESSES("addresses", NodeKind.ADDRESS, "postcode"),
    FORCES("forces", NodeKind.FORCE);

    private final String name;
    private final NodeKind kind;
    private final List<String> filters;

    Listing(String name, NodeKind kind, String... filters) {
        this.name = name;
        this.kind = kind;
        this.filters = List.of(filters);
    }

    /** The kind of node the list holds. */
    public NodeKind kind() {
        return kind;
    }

    List<String> filters() {
        return filters;
    }

    /**
     * The query pair that answers this filter: the list's own, unless a filter narrows the list so
     * much that another walk is cheaper; both pairs keep exactly the same rows.
     */
    String queryName(ListFilter filter) {
        return name;
    }

    /** Every query pair this list may run: its own and those a filter may choose. */
    List<String> queryNames() {
        return List.of(name);
    }

    String pageQuery(ListFilter filter) {
        return "queries/lists/" + queryName(filter);
    }

    String countQuery(ListFilter filter) {
        return "queries/lists/" + queryName(filter) + "-count";
    }
}
