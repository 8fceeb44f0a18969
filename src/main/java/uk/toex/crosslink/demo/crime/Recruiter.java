package uk.toex.crosslink.demo.crime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.Weighted;
import uk.toex.crosslink.demo.contact.PhoneNumber;
import uk.toex.crosslink.demo.names.FamilyName;
import uk.toex.crosslink.demo.names.Population;
import uk.toex.crosslink.demo.place.Places;
import uk.toex.crosslink.demo.place.UkAddress;
import uk.toex.crosslink.demo.world.Dated;
import uk.toex.crosslink.demo.world.Entity;
import uk.toex.crosslink.demo.world.EntityIds;
import uk.toex.crosslink.demo.world.Identity;
import uk.toex.crosslink.demo.world.People;
import uk.toex.crosslink.demo.world.PersonRole;

/**
 * Makes a network's people, each with a home in its force area; victims by the network's kind
 * (women for sexual exploitation, young men for labour, British teenagers for county lines), many
 * living at the premises and answering the work phones.
 */
record Recruiter(EntityIds ids, String force, Dice dice) {

    private static final Weighted<Population> VICTIMS = new Weighted<Population>()
            .add(Population.ROMANIAN, 30).add(Population.HUNGARIAN, 15).add(Population.BULGARIAN, 12)
            .add(Population.SLOVAK_ROMA, 10).add(Population.LITHUANIAN, 6).add(Population.POLISH, 6)
            .add(Population.BRITISH, 10).add(Population.UKRAINIAN, 6).add(Population.ALBANIAN, 5);

    Entity person(Population population, char gender, FamilyName family, LocalDate dob, PersonRole role) {
        Identity identity = People.identity(population, gender, family, null, dob, false, dice);
        Entity person = People.entity(ids.next(), identity, force, role.offender(), dice);
        person.role(role);
        person.homes().add(new Dated<>(People.between(LocalDate.of(2008, 1, 1), LocalDate.of(2016, 1, 1), dice),
                Places.address(force, dice)));
        return person;
    }

    List<Entity> victims(NetworkKind kind, Population population, List<UkAddress> premises,
            List<PhoneNumber> workPhones, LocalDate from) {
        List<Entity> victims = new ArrayList<>();
        int count = kind == NetworkKind.SEXUAL_EXPLOITATION ? dice.between(2, 8) : dice.between(2, 5);
        for (int i = 0; i < count; i++) {
            Entity victim = switch (kind) {
                case SEXUAL_EXPLOITATION -> person(dice.chance(0.6) ? population : VICTIMS.draw(dice), 'F', null,
                        People.dob(18, 35, dice), PersonRole.VICTIM);
                case LABOUR_EXPLOITATION -> person(dice.chance(0.8) ? population : VICTIMS.draw(dice), 'M', null,
                        People.dob(16, 30, dice), PersonRole.VICTIM);
                case COUNTY_LINES -> person(Population.BRITISH, dice.chance(0.75) ? 'M' : 'F', null,
                        People.dob(14, 19, dice), PersonRole.VICTIM);
            };
            if (kind != NetworkKind.COUNTY_LINES && dice.chance(0.6)) {
                victim.homes().add(new Dated<>(from, dice.pick(premises)));
                victim.homes().sort(java.util.Comparator.comparing(Dated::from));
            }
            if (dice.chance(0.6)) {
                victim.sharedLine(dice.pick(workPhones));
            }
            victims.add(victim);
        }
        return victims;
    }
}
