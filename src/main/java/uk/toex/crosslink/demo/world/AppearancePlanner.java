package uk.toex.crosslink.demo.world;

import java.time.LocalDate;
import uk.toex.crosslink.demo.Dice;

/**
 * Where and when a true person is recorded. Most people appear once; many two or three times;
 * a few five or more. Later records are in the home force again, a neighbouring force, any force,
 * or a national source (PND, or the NCA for people of interest to it).
 */
public final class AppearancePlanner {

    private AppearancePlanner() {
    }

    public static int recordCount(Dice dice) {
        double u = dice.unit();
        if (u < 0.52) {
            return 1;
        }
        if (u < 0.74) {
            return 2;
        }
        if (u < 0.86) {
            return 3;
        }
        if (u < 0.92) {
            return 4;
        }
        int count = 5;
        while (count < 14 && dice.chance(0.6)) {
            count++;
        }
        return count;
    }

    /** Adds {@code count} appearances; {@code ncaInterest} is the chance a national one is the NCA's. */
    public static void plan(Entity entity, int count, double ncaInterest, Dice dice) {
        LocalDate start = People.later(Sources.FIRST_RECORD, entity.identity().dob().plusYears(12));
        for (int i = 0; i < count; i++) {
            Source source = i == 0 ? Sources.system(entity.homeForce(), dice) : next(entity.homeForce(), ncaInterest, dice);
            entity.appearances().add(new Appearance(source, People.between(start, Sources.LAST_RECORD, dice)));
        }
    }

    /** One more appearance in {@code source}, dated within [from, to], unless the person already has one there. */
    public static void ensure(Entity entity, Source source, LocalDate from, LocalDate to, Dice dice) {
        if (entity.appearances().stream().noneMatch(a -> a.source().equals(source))) {
            LocalDate start = People.later(from, entity.identity().dob().plusYears(12));
            entity.appearances().add(new Appearance(source, People.between(start, to, dice)));
        }
    }

    private static Source next(String home, double ncaInterest, Dice dice) {
        double u = dice.unit();
        if (u < 0.28) {
            return Sources.system(home, dice);
        }
        if (u < 0.66) {
            return Sources.system(Sources.neighbour(home, dice), dice);
        }
        if (u < 0.84) {
            return Sources.system(Sources.localForce(dice), dice);
        }
        return dice.chance(ncaInterest) ? Sources.nca() : Sources.pnd();
    }
}
