package uk.toex.crosslink.demo.world;

import java.time.LocalDate;

/**
 * One source system of one force (or national agency): one batch folder of the output.
 *
 * @param index    position in {@link Sources#all()}
 * @param weight   its share of the records of its force
 * @param handling the manifest's default handling code
 */
public record Source(int index, String force, String system, String abbreviation, SystemProfile profile,
        double weight, boolean national, String handling, LocalDate extracted) {

    public String folderName() {
        return force.toLowerCase(java.util.Locale.ROOT) + "-" + system.toLowerCase(java.util.Locale.ROOT);
    }
}
