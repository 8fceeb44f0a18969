package uk.toex.crosslink.demo.world;

import java.time.LocalDate;
import uk.toex.crosslink.demo.names.FamilyName;

/** A woman taking her husband's family name on a date (records before it hold her birth name). */
public record Marriage(FamilyName into, LocalDate on) {
}
