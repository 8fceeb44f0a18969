package uk.toex.crosslink.network;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.toex.crosslink.graph.InvalidInputException;

/** The kinds of link a network or path may go through ({@code via}); all of them when none are named. */
public final class LinkKinds {

    public static final List<String> ALL = List.of("PHONE", "EMAIL", "DOCUMENT", "ADDRESS", "CALL", "OCG", "OFFENCE",
            "OPERATION", "ADVERT");

    private LinkKinds() {
    }

    public static List<String> of(List<String> via) {
        if (via == null || via.isEmpty()) {
            return ALL;
        }
        List<String> kinds = via.stream().map(v -> v.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        for (String kind : kinds) {
            if (!Set.copyOf(ALL).contains(kind)) {
                throw new InvalidInputException("via: unknown link kind " + kind + "; known kinds are " + String.join(", ", ALL));
            }
        }
        return kinds;
    }
}
