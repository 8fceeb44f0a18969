package uk.toex.crosslink.demo.world;

import java.time.LocalDate;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.Weighted;
import uk.toex.crosslink.demo.contact.Emails;
import uk.toex.crosslink.demo.contact.IdDocuments;
import uk.toex.crosslink.demo.contact.PhoneNumbers;
import uk.toex.crosslink.demo.names.FamilyName;
import uk.toex.crosslink.demo.names.GivenName;
import uk.toex.crosslink.demo.names.NameBank;
import uk.toex.crosslink.demo.names.NameStyles;
import uk.toex.crosslink.demo.names.Population;

/** Makes true people: who they are, and the phones, e-mail and documents they have over time. */
public final class People {

    private static final Weighted<Population> POPULATIONS = new Weighted<>();

    static {
        for (Population population : Population.values()) {
            POPULATIONS.add(population, population.weight());
        }
    }

    private People() {
    }

    public static Population population(Dice dice) {
        return POPULATIONS.draw(dice);
    }

    /** A date of birth for someone {@code minAge}..{@code maxAge} in mid-2024, younger adults likelier. */
    public static LocalDate dob(int minAge, int maxAge, Dice dice) {
        int age = minAge + (int) ((maxAge - minAge) * Math.pow(dice.unit(), 1.5));
        return Sources.LAST_RECORD.minusYears(age).minusDays(dice.between(0, 364));
    }

    /**
     * @param family the family name, or null to draw one
     * @param given  the given name, or null to draw one
     */
    public static Identity identity(Population population, char gender, FamilyName family, GivenName given,
            LocalDate dob, boolean junior, Dice dice) {
        NameBank bank = NameBank.of(population);
        GivenName first = given != null ? given : bank.given(gender, dice);
        String middle = bank.middle(gender, dice);
        if (middle == null && dice.chance(secondNameChance(population))) {
            GivenName second = bank.given(gender, dice);
            middle = second.name().equals(first.name()) ? null : second.name();
        }
        return new Identity(population, gender, first, middle, family != null ? family : bank.family(dice), dob,
                nationality(population, dice), junior);
    }

    public static Entity entity(String id, Identity identity, String homeForce, boolean knownToPolice, Dice dice) {
        Entity entity = new Entity(id, identity, homeForce);
        LocalDate start = later(identity.dob().plusYears(13), LocalDate.of(2006, 1, 1));
        int phones = dice.chance(0.1) ? 0 : dice.between(1, 3);
        for (int i = 0; i < phones; i++) {
            boolean foreign = i == 0 && !identity.population().british() && dice.chance(0.7);
            LocalDate from = i == 0 ? start : between(later(start, Sources.FIRST_RECORD), Sources.LAST_RECORD, dice);
            entity.phones().add(new Dated<>(from, foreign ? PhoneNumbers.mobile(identity.population().dialCode(), dice)
                    : PhoneNumbers.ukMobile(dice)));
        }
        entity.phones().sort(java.util.Comparator.comparing(Dated::from));
        String given = NameStyles.latin(identity.population(), identity.given().name());
        String family = NameStyles.latin(identity.population(), identity.family().form(identity.gender(), false));
        if (dice.chance(0.35)) {
            entity.email(Emails.make(given, family, identity.dob().getYear(), dice.pick(identity.population().mailHosts()), dice));
        }
        entity.documents().addAll(IdDocuments.issue(identity.nationality(), identity.gender(), identity.dob(), family,
                given, knownToPolice, dice));
        return entity;
    }

    public static LocalDate between(LocalDate from, LocalDate to, Dice dice) {
        if (!to.isAfter(from)) {
            return from;
        }
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays((long) (dice.unit() * days));
    }

    public static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    public static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static double secondNameChance(Population population) {
        return switch (population) {
            case BRITISH -> 0.5;
            case ROMANIAN -> 0.25;
            case POLISH -> 0.15;
            case HUNGARIAN -> 0.1;
            default -> 0.05;
        };
    }

    private static String nationality(Population population, Dice dice) {
        if (population == Population.SLOVAK_ROMA && dice.chance(0.25)) {
            return "CZ";
        }
        if (population == Population.ALBANIAN && dice.chance(0.2)) {
            return "XK";
        }
        if (!population.british() && dice.chance(0.08)) {
            return "GB"; // naturalised or born here
        }
        return population.country();
    }
}
