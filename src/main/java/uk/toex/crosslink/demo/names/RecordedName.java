package uk.toex.crosslink.demo.names;

import java.util.List;

/** A name as one record holds it: the given_names, family_name and aliases columns. */
public record RecordedName(String given, String family, List<String> aliases) {
}
