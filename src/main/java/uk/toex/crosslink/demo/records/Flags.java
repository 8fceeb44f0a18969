package uk.toex.crosslink.demo.records;

import java.util.ArrayList;
import java.util.List;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.world.PersonRole;

/** Warning and status flags a record carries, by the person's role in the world and age. */
public final class Flags {

    private Flags() {
    }

    public static List<String> of(PersonRole role, int age, Dice dice) {
        List<String> flags = new ArrayList<>();
        boolean minor = age < 18;
        switch (role) {
            case VICTIM -> {
                add(flags, "VICTIM", 0.7, dice);
                add(flags, "SAFEGUARDING_REFERRAL", 0.4, dice);
                add(flags, "MISSING", 0.15, dice);
            }
            case PRINCIPAL, MEMBER -> {
                add(flags, "SUSPECT", 0.7, dice);
                add(flags, "VIOLENT", 0.2, dice);
                add(flags, "DRUGS", 0.15, dice);
            }
            case FACILITATOR -> add(flags, "SUSPECT", 0.4, dice);
            default -> {
                add(flags, "SUSPECT", minor ? 0.06 : 0.12, dice);
                add(flags, "VICTIM", 0.08, dice);
                add(flags, "MISSING", minor ? 0.08 : 0.012, dice);
                add(flags, "SAFEGUARDING_REFERRAL", minor ? 0.12 : 0.03, dice);
                add(flags, "VISOR", minor ? 0 : 0.003, dice);
                add(flags, "DRUGS", 0.03, dice);
                add(flags, "VIOLENT", 0.025, dice);
            }
        }
        return flags;
    }

    private static void add(List<String> flags, String flag, double chance, Dice dice) {
        if (dice.chance(chance)) {
            flags.add(flag);
        }
    }
}
