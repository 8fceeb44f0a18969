package uk.toex.crosslink.demo.names;

import java.util.List;

/** A given name with the diminutives and nicknames people use for it (László: Laci, Lacika). */
public record GivenName(String name, List<String> diminutives) {
}
