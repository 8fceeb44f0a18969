package uk.toex.crosslink.graph;

/**
 * The top-level lists. Each has {@code cypher/queries/lists/<name>.cypher} (a keyset page) and
 * {@code <name>-count.cypher}; keeping them in an enum means a client can never name a file.
 */
public enum Listing {
    PERSONS("persons"),
    OCGS("ocgs"),
    ADVERTS("adverts"),
    OPERATIONS("operations"),
    ADDRESSES("addresses"),
    FORCES("forces");

    private final String name;

    Listing(String name) {
        this.name = name;
    }

    String pageQuery() {
        return "queries/lists/" + name;
    }

    String countQuery() {
        return "queries/lists/" + name + "-count";
    }
}
