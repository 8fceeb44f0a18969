package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.Link;
import uk.toex.crosslink.graph.PageRequest;

/** One parent's page of one nested list, as a DataLoader key; keys of the same query batch together. */
record LinkKey(Query query, String parent) {

    record Query(Link link, PageRequest page) {
    }

    static LinkKey of(Link link, String parent, PageRequest page) {
        return new LinkKey(new Query(link, page), parent);
    }
}
