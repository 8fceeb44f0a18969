package uk.toex.crosslink.graph;

import java.util.List;

/**
 * The top-level lists. Each has {@code cypher/queries/lists/<name>.cypher} (a keyset page) and
 * {@code <name>-count.cypher}; keeping them in an enum means a client can never name a file.
 * {@code filters} are the optional parameters both queries take (null when not asked for), so a
 * filter always reaches the page and its count alike.
 */
public enum Listing {
    PERSONS("persons", "force"),
    OCGS("ocgs", "force", "status"),
    ADVERTS("adverts", "site", "postcode"),
    OPERATIONS("operations", "force", "status"),
    OFFENCES("offences", "force", "category", "minGravity"),
    ADDRESSES("addresses", "postcode"),
    FORCES("forces");

    private final String name;
    private final List<String> filters;

    Listing(String name, String... filters) {
        this.name = name;
        this.filters = List.of(filters);
    }

    List<String> filters() {
        return filters;
    }

    String pageQuery() {
        return "queries/lists/" + name;
    }

    String countQuery() {
        return "queries/lists/" + name + "-count";
    }
}
