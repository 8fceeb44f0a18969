package uk.toex.crosslink.demo.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.names.FamilyName;
import uk.toex.crosslink.demo.names.GivenName;
import uk.toex.crosslink.demo.names.NameBank;
import uk.toex.crosslink.demo.names.Population;

/**
 * Makes the people of one household and their family ties: married names, children named after a
 * parent ("Jr"), twins sharing a birthday, siblings a few years apart.
 */
final class HouseholdMembers {

    private final EntityIds ids;
    private final Population population;
    private final String force;
    private final Dice dice;
    private final List<Entity> people = new ArrayList<>();

    HouseholdMembers(EntityIds ids, Population population, String force, Dice dice) {
        this.ids = ids;
        this.population = population;
        this.force = force;
        this.dice = dice;
    }

    List<Entity> people() {
        return people;
    }

    void single() {
        char gender = dice.chance(0.5) ? 'M' : 'F';
        Entity person = add(gender, null, null, People.dob(14, 80, dice), false);
        if (gender == 'F' && person.ageOn(Sources.LAST_RECORD) > 25 && dice.chance(0.3)) {
            marry(person, NameBank.of(population).family(dice), person.identity().dob().plusYears(20), Sources.LAST_RECORD);
        }
    }

    void couple() {
        Entity man = add('M', null, null, People.dob(20, 60, dice), false);
        LocalDate dob = man.identity().dob().plusDays(dice.between(-5 * 365, 3 * 365));
        Entity woman = add('F', null, null, dob, false);
        boolean recent = dice.chance(0.6);
        marry(woman, man.identity().family(), recent ? Sources.FIRST_RECORD : dob.plusYears(19),
                recent ? LocalDate.of(2023, 12, 31) : Sources.FIRST_RECORD);
    }

    void family() {
        boolean father = dice.chance(0.85);
        LocalDate parentsDob = People.dob(35, 70, dice);
        Entity dad = father ? add('M', null, null, parentsDob.minusDays(dice.between(0, 1500)), false) : null;
        Entity mum = !father || dice.chance(0.9) ? add('F', null, null, parentsDob, false) : null;
        FamilyName family = dad != null ? dad.identity().family() : mum.identity().family();
        LocalDate mother = mum != null ? mum.identity().dob() : parentsDob;
        LocalDate latest = Sources.LAST_RECORD.minusYears(12);
        LocalDate eldest = People.later(mother.plusYears(18), Sources.LAST_RECORD.minusYears(40));
        if (dad != null && mum != null && dice.chance(0.8)) {
            marry(mum, family, mother.plusYears(18), People.later(eldest, mother.plusYears(19)));
        }
        int children = dice.between(1, 4);
        boolean junior = dad != null && dice.chance(0.12);
        for (int i = 0; i < children && !eldest.isAfter(latest); i++) {
            LocalDate dob = People.between(eldest, People.later(eldest, People.min(latest, mother.plusYears(42))), dice);
            char gender = dice.chance(0.5) ? 'M' : 'F';
            boolean namedAfter = junior && gender == 'M';
            add(gender, family, namedAfter ? dad.identity().given() : null, dob, namedAfter);
            junior = junior && !namedAfter;
            if (dice.chance(0.05)) {
                add(dice.chance(0.5) ? 'M' : 'F', family, null, dob, false); // a twin
                i++;
            }
            eldest = dob.plusMonths(11);
        }
    }

    void siblings() {
        FamilyName family = NameBank.of(population).family(dice);
        LocalDate base = People.dob(18, 45, dice);
        int count = dice.between(2, 3);
        for (int i = 0; i < count; i++) {
            add(dice.chance(0.5) ? 'M' : 'F', family, null, base.plusDays(dice.between(-8 * 365, 8 * 365)), false);
        }
    }

    private Entity add(char gender, FamilyName family, GivenName given, LocalDate dob, boolean junior) {
        Identity identity = People.identity(population, gender, family, given, dob, junior, dice);
        for (int tries = 0; tries < 5 && given == null && sameNameAsSibling(identity); tries++) {
            identity = People.identity(population, gender, family, null, dob, false, dice); // parents rarely reuse a name
        }
        if (!population.british() && dob.isAfter(LocalDate.of(2004, 1, 1)) && dice.chance(0.4)) {
            identity = new Identity(identity.population(), gender, identity.given(), identity.middle(),
                    identity.family(), dob, "GB", junior); // born here
        }
        Entity person = People.entity(ids.next(), identity, force, dice.chance(0.2), dice);
        people.add(person);
        return person;
    }

    private boolean sameNameAsSibling(Identity identity) {
        return people.stream().anyMatch(p -> p.identity().gender() == identity.gender()
                && p.identity().given().name().equals(identity.given().name()));
    }

    private void marry(Entity woman, FamilyName into, LocalDate from, LocalDate to) {
        if (dice.chance(0.85)) { // most, not all, take the husband's name
            woman.marriage(new Marriage(into, People.between(from, People.later(from, to), dice)));
        }
    }
}
