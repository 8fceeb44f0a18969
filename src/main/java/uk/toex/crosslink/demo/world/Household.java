package uk.toex.crosslink.demo.world;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.contact.PhoneNumbers;
import uk.toex.crosslink.demo.output.WorldOutput;
import uk.toex.crosslink.demo.place.Places;
import uk.toex.crosslink.demo.place.UkAddress;
import uk.toex.crosslink.demo.records.ClusterAddresses;
import uk.toex.crosslink.demo.records.OffenceCatalogue;
import uk.toex.crosslink.demo.records.Offences;
import uk.toex.crosslink.demo.records.PersonRecords;

/**
 * People living together: one person alone, a couple, parents and children, or adult siblings.
 * Relatives share a family name, a home and sometimes a landline, and are often recorded by the
 * same force on the same day: the hard negatives of entity resolution.
 */
public final class Household implements Cluster {

    private final List<Entity> members;

    Household(List<Entity> members) {
        this.members = List.copyOf(members);
    }

    public static Household plan(EntityIds ids, Dice dice) {
        String force = Sources.localForce(dice);
        HouseholdMembers members = new HouseholdMembers(ids, People.population(dice), force, dice);
        double u = dice.unit();
        if (u < 0.5) {
            members.single();
        } else if (u < 0.62) {
            members.couple();
        } else if (u < 0.9) {
            members.family();
        } else {
            members.siblings();
        }
        List<Entity> people = members.people();
        settle(people, force, dice);
        for (Entity person : people) {
            AppearancePlanner.plan(person, AppearancePlanner.recordCount(dice), 0.1, dice);
        }
        if (people.size() > 1 && dice.chance(0.35)) {
            recordedTogether(people, force, dice);
        }
        return new Household(people);
    }

    /** One person with at most {@code maxRecords} records: what fits the remaining budget. */
    public static Household single(EntityIds ids, int maxRecords, Dice dice) {
        String force = Sources.localForce(dice);
        HouseholdMembers members = new HouseholdMembers(ids, People.population(dice), force, dice);
        members.single();
        List<Entity> people = members.people();
        settle(people, force, dice);
        AppearancePlanner.plan(people.get(0), Math.min(maxRecords, AppearancePlanner.recordCount(dice)), 0.1, dice);
        return new Household(people);
    }

    @Override
    public int personRecords() {
        return members.stream().mapToInt(m -> m.appearances().size()).sum();
    }

    public int entities() {
        return members.size();
    }

    @Override
    public void write(WorldOutput output, Dice dice) throws IOException {
        ClusterAddresses addresses = new ClusterAddresses();
        for (Entity member : members) {
            for (Appearance appearance : member.appearances()) {
                String id = PersonRecords.write(member, appearance, output, addresses, dice);
                if (dice.chance(0.22)) {
                    String involvement = dice.pick(List.of("SUSPECT", "SUSPECT", "VICTIM", "VICTIM", "WITNESS"));
                    Offences.write(output.batch(appearance.source()), id, involvement, OffenceCatalogue.everyday(dice),
                            appearance.on(), dice);
                }
            }
        }
    }

    /** Shared homes: everyone starts at one address; the household may move; some members leave. */
    private static void settle(List<Entity> people, String force, Dice dice) {
        UkAddress first = Places.address(force, dice);
        LocalDate movedIn = People.between(LocalDate.of(2000, 1, 1), LocalDate.of(2013, 1, 1), dice);
        UkAddress moved = dice.chance(0.35) ? Places.address(force, dice) : null;
        LocalDate movedOn = People.between(LocalDate.of(2014, 1, 1), LocalDate.of(2023, 6, 1), dice);
        boolean landline = people.size() > 1 && dice.chance(0.3);
        var line = landline ? PhoneNumbers.landline(first.town(), dice) : null;
        for (Entity person : people) {
            person.homes().add(new Dated<>(movedIn, first));
            if (moved != null) {
                person.homes().add(new Dated<>(movedOn, moved));
            }
            if (people.size() > 1 && person.ageOn(Sources.LAST_RECORD) > 20 && dice.chance(0.3)) {
                String where = dice.chance(0.8) ? force : Sources.neighbour(force, dice);
                LocalDate left = People.between(People.later(person.identity().dob().plusYears(18),
                        LocalDate.of(2013, 1, 1)), Sources.LAST_RECORD, dice);
                person.homes().add(new Dated<>(left, Places.address(where, dice)));
                person.homes().sort(java.util.Comparator.comparing(Dated::from));
            } else if (line != null) {
                person.sharedLine(line);
            }
        }
    }

    /** An incident at home: several members recorded by the same system on the same day. */
    private static void recordedTogether(List<Entity> people, String force, Dice dice) {
        Source source = Sources.system(force, dice);
        LocalDate on = People.between(Sources.FIRST_RECORD, Sources.LAST_RECORD, dice);
        List<Entity> present = new ArrayList<>();
        for (Entity person : people) {
            if (person.ageOn(on) >= 10 && (present.size() < 2 || dice.chance(0.5))) {
                present.add(person);
            }
        }
        if (present.size() >= 2) {
            present.forEach(p -> p.appearances().add(new Appearance(source, on)));
        }
    }
}
