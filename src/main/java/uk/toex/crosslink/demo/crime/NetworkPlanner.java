package uk.toex.crosslink.demo.crime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.Weighted;
import uk.toex.crosslink.demo.contact.PhoneNumber;
import uk.toex.crosslink.demo.contact.PhoneNumbers;
import uk.toex.crosslink.demo.names.FamilyName;
import uk.toex.crosslink.demo.names.Population;
import uk.toex.crosslink.demo.place.Places;
import uk.toex.crosslink.demo.place.UkAddress;
import uk.toex.crosslink.demo.world.AppearancePlanner;
import uk.toex.crosslink.demo.world.Entity;
import uk.toex.crosslink.demo.world.EntityIds;
import uk.toex.crosslink.demo.world.People;
import uk.toex.crosslink.demo.world.PersonRole;
import uk.toex.crosslink.demo.world.Source;
import uk.toex.crosslink.demo.world.Sources;

/**
 * Plans a crime network: principals (often brothers or a couple), members (some cousins sharing the
 * family name), facilitators, victims, premises and work phones, and makes sure each person is
 * recorded by the sources that map the network, so that its records refer to each other in-batch.
 */
public final class NetworkPlanner {

    private static final Weighted<Population> OFFENDERS = new Weighted<Population>()
            .add(Population.ROMANIAN, 25).add(Population.HUNGARIAN, 12).add(Population.ALBANIAN, 15)
            .add(Population.VIETNAMESE, 10).add(Population.BULGARIAN, 10).add(Population.BRITISH, 15)
            .add(Population.SLOVAK_ROMA, 6).add(Population.LITHUANIAN, 4).add(Population.POLISH, 3);

    private NetworkPlanner() {
    }

    public static NetworkPlan plan(EntityIds ids, Dice dice) {
        Population population = OFFENDERS.draw(dice);
        NetworkKind kind = population == Population.VIETNAMESE ? NetworkKind.LABOUR_EXPLOITATION
                : population.british() ? NetworkKind.COUNTY_LINES
                : dice.chance(0.85) ? NetworkKind.SEXUAL_EXPLOITATION : NetworkKind.LABOUR_EXPLOITATION;
        String force = Sources.localForce(dice);
        LocalDate from = People.between(LocalDate.of(2015, 1, 1), LocalDate.of(2023, 1, 1), dice);
        LocalDate to = People.min(from.plusMonths(dice.between(6, 36)), Sources.LAST_RECORD);
        Recruiter recruit = new Recruiter(ids, force, dice);

        List<Entity> principals = new ArrayList<>();
        Entity boss = recruit.person(population, 'M', null, People.dob(25, 55, dice), PersonRole.PRINCIPAL);
        principals.add(boss);
        FamilyName bossFamily = boss.identity().family();
        if (dice.chance(0.6)) {
            boolean brother = dice.chance(0.6);
            LocalDate dob = boss.identity().dob().plusDays(dice.between(-6 * 365, 6 * 365));
            Entity second = recruit.person(population, brother ? 'M' : 'F', brother || dice.chance(0.5) ? bossFamily : null,
                    dob, PersonRole.PRINCIPAL);
            second.homes().clear();
            second.homes().addAll(boss.homes());
            principals.add(second);
        }
        List<Entity> members = new ArrayList<>();
        for (int i = dice.between(2, 5); i > 0; i--) {
            members.add(recruit.person(population, dice.chance(0.8) ? 'M' : 'F', dice.chance(0.3) ? bossFamily : null,
                    People.dob(18, 50, dice), PersonRole.MEMBER));
        }
        List<Entity> facilitators = new ArrayList<>();
        for (int i = dice.between(0, 2); i > 0; i--) {
            facilitators.add(recruit.person(dice.chance(0.6) ? Population.BRITISH : population, dice.chance(0.7) ? 'M' : 'F',
                    null, People.dob(25, 65, dice), PersonRole.FACILITATOR));
        }
        List<UkAddress> premises = new ArrayList<>();
        for (int i = dice.between(1, 3); i > 0; i--) {
            premises.add(Places.address(force, dice));
        }
        List<PhoneNumber> workPhones = new ArrayList<>();
        for (int i = dice.between(1, 3); i > 0; i--) {
            workPhones.add(PhoneNumbers.ukMobile(dice));
        }
        List<Entity> victims = recruit.victims(kind, population, premises, workPhones, from);
        principals.forEach(p -> p.sharedLine(dice.chance(0.5) ? workPhones.get(0) : null));
        List<Source> mappedBy = new ArrayList<>(List.of(Sources.main(force)));
        if (dice.chance(0.4)) {
            Source other = Sources.main(Sources.neighbour(force, dice));
            if (!mappedBy.contains(other)) {
                mappedBy.add(other);
            }
        }
        if (dice.chance(kind == NetworkKind.COUNTY_LINES ? 0.15 : 0.45)) {
            mappedBy.add(Sources.nca());
        }
        NetworkPlan plan = new NetworkPlan(kind, force, principals, members, facilitators, victims, premises,
                workPhones, mappedBy, dice.chance(0.6), from, to);
        appearances(plan, dice);
        return plan;
    }

    private static void appearances(NetworkPlan plan, Dice dice) {
        for (Entity person : plan.everyone()) {
            AppearancePlanner.plan(person, AppearancePlanner.recordCount(dice), 0.6, dice);
        }
        LocalDate from = plan.activeFrom();
        LocalDate to = plan.activeTo();
        for (Entity principal : plan.principals()) {
            plan.mappedBy().forEach(source -> AppearancePlanner.ensure(principal, source, from, to, dice));
        }
        for (Entity person : plan.everyone()) {
            if (person.role() != PersonRole.FACILITATOR || dice.chance(0.7)) {
                AppearancePlanner.ensure(person, plan.home(), from, to, dice);
            }
            if (plan.mappedBy().contains(Sources.nca()) && dice.chance(0.4)) {
                AppearancePlanner.ensure(person, Sources.nca(), from, to, dice);
            }
        }
    }
}
