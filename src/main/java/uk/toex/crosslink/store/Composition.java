package uk.toex.crosslink.store;

import java.util.List;

/**
 * One statement made of named Cypher files, so that a level of a read (a parent and the nested lists
 * its fields ask for) is one statement and one transaction, with every part still a file of its own
 * ({@link CypherLibrary#compose}). {@code template} holds the slots {@code <<parents>>},
 * {@code <<children>>} and {@code <<columns>>}; {@code parents} is the file that finds the parents;
 * each part is a child template around a body file written for many parents ({@code $keys}), which
 * the composition binds to one parent's key and whose {@code $skip} and {@code $limit} it names
 * {@code $skip<n>} and {@code $limit<n>} after the part's position.
 */
public record Composition(String template, String parents, List<Part> parts) {

    public Composition {
        parts = List.copyOf(parts);
    }

    /** A child part: its template ({@code <<body>>}, {@code <<n>>}) and the file that is its body. */
    public record Part(String template, String body) {
    }
}
