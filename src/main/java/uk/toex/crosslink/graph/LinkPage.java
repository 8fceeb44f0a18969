package uk.toex.crosslink.graph;

/** One page of one nested list, as a field of a request asks for it of every parent of a level. */
public record LinkPage(Link link, PageRequest page) {
}
