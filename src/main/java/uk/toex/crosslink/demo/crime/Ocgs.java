package uk.toex.crosslink.demo.crime;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.names.Diacritics;
import uk.toex.crosslink.demo.names.NameStyles;
import uk.toex.crosslink.demo.output.BatchOutput;
import uk.toex.crosslink.demo.output.CsvKind;
import uk.toex.crosslink.demo.output.SystemRecordIds;
import uk.toex.crosslink.demo.records.Handling;
import uk.toex.crosslink.demo.world.Entity;
import uk.toex.crosslink.demo.world.People;
import uk.toex.crosslink.demo.world.PersonRole;

/**
 * The OCG as one source maps it (each force names it its own way) and its members that source
 * holds records of: ocgs.csv and ocg_members.csv.
 */
final class Ocgs {

    private Ocgs() {
    }

    /** @return the OCG's record id in this batch */
    static String write(BatchOutput batch, NetworkPlan plan, Map<Entity, String> personIds, Dice dice) {
        String id = batch.nextId(SystemRecordIds.Kind.OCG);
        LocalDate latest = People.min(plan.activeFrom().plusYears(1), batch.source().extracted().minusDays(1));
        double u = dice.unit();
        String status = u < 0.5 ? "ACTIVE" : u < 0.85 ? "DISRUPTED" : "ARCHIVED";
        batch.row(CsvKind.OCGS)
                .set("record_id", id)
                .set("name", name(batch, plan, dice))
                .set("threat_types", plan.kind().threatTypes(dice))
                .set("status", status)
                .set("mapped_on", batch.date(People.between(plan.activeFrom(), latest, dice)))
                .set("handling", dice.chance(0.3) ? "C" : Handling.row(dice))
                .write();
        for (Entity person : plan.offenders()) {
            String personId = personIds.get(person);
            if (personId != null) {
                batch.row(CsvKind.OCG_MEMBERS)
                        .set("ocg_record_id", id)
                        .set("person_record_id", personId)
                        .set("role", role(person.role(), dice))
                        .write();
            }
        }
        return id;
    }

    private static String role(PersonRole role, Dice dice) {
        return switch (role) {
            case PRINCIPAL -> "PRINCIPAL";
            case FACILITATOR -> dice.chance(0.6) ? "FACILITATOR" : "ASSOCIATE";
            default -> dice.chance(0.9) ? "MEMBER" : "ASSOCIATE";
        };
    }

    private static String name(BatchOutput batch, NetworkPlan plan, Dice dice) {
        Entity boss = plan.principals().get(0);
        String family = NameStyles.latin(boss.identity().population(), boss.identity().family().male());
        if (dice.chance(0.5)) {
            family = Diacritics.strip(family);
        }
        return switch (dice.between(0, 4)) {
            case 0 -> family + " OCG";
            case 1 -> family.toUpperCase(Locale.ROOT) + " FAMILY";
            case 2 -> String.format(Locale.ROOT, "OCG-%s-%03d", batch.source().abbreviation(), dice.between(1, 999));
            case 3 -> plan.premises().get(0).town().name() + " " + plan.kind().word() + " network";
            default -> family + " brothers";
        };
    }
}
