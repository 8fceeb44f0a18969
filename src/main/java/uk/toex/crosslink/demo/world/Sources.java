package uk.toex.crosslink.demo.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.Weighted;

/** The forces and national agencies of the world, their systems and which forces border which. */
public final class Sources {

    /** Records are dated up to this day; batches are extracted soon after. */
    public static final LocalDate LAST_RECORD = LocalDate.of(2024, 6, 30);
    public static final LocalDate FIRST_RECORD = LocalDate.of(2012, 1, 1);

    private static final List<Source> ALL = new ArrayList<>();
    private static final Map<String, List<String>> NEIGHBOURS = Map.of(
            "NORFOLK", List.of("SUFFOLK", "CAMBRIDGESHIRE"),
            "SUFFOLK", List.of("NORFOLK", "ESSEX", "CAMBRIDGESHIRE"),
            "HERTFORDSHIRE", List.of("BEDFORDSHIRE", "ESSEX", "CAMBRIDGESHIRE"),
            "BEDFORDSHIRE", List.of("HERTFORDSHIRE", "CAMBRIDGESHIRE"),
            "CAMBRIDGESHIRE", List.of("NORFOLK", "SUFFOLK", "BEDFORDSHIRE", "HERTFORDSHIRE"),
            "ESSEX", List.of("SUFFOLK", "HERTFORDSHIRE", "KENT"),
            "KENT", List.of("ESSEX"),
            "WEST_MERCIA", List.of("WARWICKSHIRE"),
            "WARWICKSHIRE", List.of("WEST_MERCIA", "BEDFORDSHIRE"));
    private static final Weighted<String> LOCAL_FORCES = new Weighted<>();
    private static final Map<String, Weighted<Source>> SYSTEMS = new java.util.HashMap<>();

    static {
        add("NORFOLK", "ATHENA", "NFK", SystemProfile.ATHENA, 8);
        add("NORFOLK", "STORM", "NFK", SystemProfile.STORM, 3);
        add("SUFFOLK", "ATHENA", "SFK", SystemProfile.ATHENA, 8);
        add("HERTFORDSHIRE", "ATHENA", "HRT", SystemProfile.ATHENA, 10);
        add("BEDFORDSHIRE", "NICHE", "BDF", SystemProfile.NICHE, 7);
        add("CAMBRIDGESHIRE", "ATHENA", "CAM", SystemProfile.ATHENA, 9);
        add("ESSEX", "ATHENA", "ESX", SystemProfile.ATHENA, 12);
        add("ESSEX", "STORM", "ESX", SystemProfile.STORM, 4);
        add("KENT", "NICHE", "KNT", SystemProfile.NICHE, 13);
        add("KENT", "STORM", "KNT", SystemProfile.STORM, 3);
        add("WEST_MERCIA", "CONNECT", "WMC", SystemProfile.CONNECT, 9);
        add("WARWICKSHIRE", "CONNECT", "WWK", SystemProfile.CONNECT, 5);
        add("NCA", "INTEL", "NCA", SystemProfile.INTEL, 0);
        add("PND", "PND", "PND", SystemProfile.PND, 0);
        ALL.forEach(s -> SYSTEMS.computeIfAbsent(s.force(), f -> new Weighted<>()).add(s, Math.max(s.weight(), 1)));
        NEIGHBOURS.keySet().stream().sorted().forEach(force -> LOCAL_FORCES.add(force,
                ALL.stream().filter(s -> s.force().equals(force)).mapToDouble(Source::weight).sum()));
    }

    private Sources() {
    }

    private static void add(String force, String system, String abbreviation, SystemProfile profile, double weight) {
        boolean national = weight == 0;
        ALL.add(new Source(ALL.size(), force, system, abbreviation, profile, weight, national,
                force.equals("NCA") ? "C" : "P", LAST_RECORD.plusDays(1 + ALL.size() * 3L)));
    }

    public static List<Source> all() {
        return List.copyOf(ALL);
    }

    public static Source nca() {
        return find("NCA");
    }

    public static Source pnd() {
        return find("PND");
    }

    /** A local force, in proportion to its size. */
    public static String localForce(Dice dice) {
        return LOCAL_FORCES.draw(dice);
    }

    public static String neighbour(String force, Dice dice) {
        return dice.pick(NEIGHBOURS.get(force));
    }

    /** One of the force's systems, in proportion to how many records each holds. */
    public static Source system(String force, Dice dice) {
        return SYSTEMS.get(force).draw(dice);
    }

    /** The force's main (largest) system. */
    public static Source main(String force) {
        return ALL.stream().filter(s -> s.force().equals(force)).max(java.util.Comparator.comparingDouble(Source::weight))
                .orElseThrow();
    }

    private static Source find(String force) {
        return ALL.stream().filter(s -> s.force().equals(force)).findFirst().orElseThrow();
    }
}
