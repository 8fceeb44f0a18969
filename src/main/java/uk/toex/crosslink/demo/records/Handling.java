package uk.toex.crosslink.demo.records;

import uk.toex.crosslink.demo.Dice;

/** A row's own handling code: mostly empty (the manifest's default applies), sometimes C, rarely P. */
public final class Handling {

    private Handling() {
    }

    public static String row(Dice dice) {
        double u = dice.unit();
        return u < 0.05 ? "C" : u < 0.08 ? "P" : "";
    }
}
