package uk.toex.crosslink.graph;

import java.util.List;
import java.util.Map;

/**
 * What a level's statement read for one parent besides the parent: a page per nested list asked
 * for, and the person's visible records when asked for ({@code null} when not).
 */
public record Nested(Map<LinkPage, Connection> links, List<PersonRecord> records) {
}
