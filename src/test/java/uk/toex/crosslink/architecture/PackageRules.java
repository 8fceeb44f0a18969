package uk.toex.crosslink.architecture;

import java.util.Set;

/**
 * Which top-level package may name which, as source-level twin of {@link PackageRulesTest}'s
 * bytecode rules (cycles are {@link PackageCycles}' job).
 */
final class PackageRules {

    /** The entry points: they use the core packages, and nothing uses them. */
    static final Set<String> ENTRY_POINTS = Set.of("api", "cli");

    private PackageRules() {
    }

    /** @return the rule an edge {@code from → to} breaks, or null when it is allowed */
    static String broken(String from, String to) {
        if (from.equals("store")) {
            return "store depends on no feature package";
        }
        if (ENTRY_POINTS.contains(to) && !ENTRY_POINTS.contains(from)) {
            return "core packages never depend on api or cli";
        }
        if (from.equals("resolution") && to.equals("ingest")) {
            return "resolution does not depend on ingest";
        }
        if (from.equals("demo")) {
            return "demo is a leaf";
        }
        if (to.equals("demo") && !from.equals("cli")) {
            return "only cli uses demo";
        }
        return null;
    }
}
