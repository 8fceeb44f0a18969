package uk.toex.crosslink.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The callers of the HTTP visibility matrix: every role with every set of caller forces. */
final class MatrixCallers {

    static final List<List<String>> FORCE_SETS = List.of(List.of("NORFOLK"), List.of("SUFFOLK"),
            List.of("KENT"), List.of("NORFOLK", "SUFFOLK"), List.of("*"));

    private MatrixCallers() {
    }

    /** Arguments (role, forces) for a {@code @MethodSource}. */
    static Stream<Arguments> all() {
        return Arrays.stream(Role.values()).flatMap(role -> FORCE_SETS.stream().map(forces -> Arguments.of(role, forces)));
    }

    static Caller caller(Role role, List<String> forces) {
        return Caller.of("matrix-" + role + "-" + String.join("+", forces), Set.of(role), forces);
    }
}
