package uk.toex.crosslink.linkage;

/** How many persons, phones and addresses a force holds (or shares with one other force). */
public record ForceOverlap(String force, long persons, long phones, long addresses) {

    ForceOverlap plus(String what, long n) {
        return switch (what) {
            case "persons" -> new ForceOverlap(force, n, phones, addresses);
            case "phones" -> new ForceOverlap(force, persons, n, addresses);
            default -> new ForceOverlap(force, persons, phones, n);
        };
    }
}
