package uk.toex.crosslink.demo.crime;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.contact.PhoneNumber;
import uk.toex.crosslink.demo.contact.PhoneStyles;
import uk.toex.crosslink.demo.output.BatchOutput;
import uk.toex.crosslink.demo.output.CsvKind;
import uk.toex.crosslink.demo.records.Timestamps;
import uk.toex.crosslink.demo.world.Dated;
import uk.toex.crosslink.demo.world.Entity;

/**
 * Call data from the operation's device downloads: many events per pair of phones, principals to
 * members, principals to the work phones, work phones to victims. Each download writes numbers
 * in its own style.
 */
final class Calls {

    private Calls() {
    }

    static void write(BatchOutput batch, NetworkPlan plan, Dice dice) {
        List<PhoneNumber[]> pairs = new ArrayList<>();
        for (Entity principal : plan.principals()) {
            PhoneNumber boss = phone(principal, plan);
            plan.members().forEach(m -> pair(pairs, boss, phone(m, plan)));
            plan.facilitators().forEach(f -> pair(pairs, boss, phone(f, plan)));
            plan.workPhones().forEach(w -> pair(pairs, boss, w));
        }
        for (PhoneNumber work : plan.workPhones()) {
            plan.victims().forEach(v -> pair(pairs, work, phone(v, plan)));
        }
        for (PhoneNumber[] pair : pairs) {
            int style = dice.between(0, 2);
            for (int n = dice.between(4, 60); n > 0; n--) {
                boolean outgoing = dice.chance(0.6);
                boolean sms = dice.chance(0.4);
                LocalDate day = uk.toex.crosslink.demo.world.People.between(plan.activeFrom(), plan.activeTo(), dice);
                LocalDateTime at = day.atTime(dice.between(0, 23), dice.between(0, 59), dice.between(0, 59));
                batch.row(CsvKind.CALLS)
                        .set("from_number", number(pair[outgoing ? 0 : 1], style, dice))
                        .set("to_number", number(pair[outgoing ? 1 : 0], style, dice))
                        .set("started_at", Timestamps.write(at, ZoneOffset.UTC))
                        .set("duration_s", sms ? "0" : String.valueOf(dice.between(3, 900)))
                        .set("kind", sms ? "SMS" : "CALL")
                        .write();
            }
        }
    }

    private static PhoneNumber phone(Entity person, NetworkPlan plan) {
        return Dated.on(person.phones(), plan.activeTo());
    }

    private static void pair(List<PhoneNumber[]> pairs, PhoneNumber a, PhoneNumber b) {
        if (a != null && b != null && !a.equals(b)) {
            pairs.add(new PhoneNumber[] {a, b});
        }
    }

    private static String number(PhoneNumber number, int style, Dice dice) {
        return switch (style) {
            case 0 -> PhoneStyles.callRecord(number, true);
            case 1 -> PhoneStyles.callRecord(number, false).startsWith("44")
                    ? "0" + number.national() : PhoneStyles.callRecord(number, true);
            default -> PhoneStyles.write(number, dice);
        };
    }
}
