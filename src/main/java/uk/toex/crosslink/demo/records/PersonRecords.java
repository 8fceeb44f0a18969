package uk.toex.crosslink.demo.records;

import java.time.LocalDate;
import java.util.List;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.names.NameStyles;
import uk.toex.crosslink.demo.names.Population;
import uk.toex.crosslink.demo.names.RecordedName;
import uk.toex.crosslink.demo.names.SpokenName;
import uk.toex.crosslink.demo.output.BatchOutput;
import uk.toex.crosslink.demo.output.CsvKind;
import uk.toex.crosslink.demo.output.SystemRecordIds;
import uk.toex.crosslink.demo.output.Row;
import uk.toex.crosslink.demo.output.WorldOutput;
import uk.toex.crosslink.demo.place.AddressStyles;
import uk.toex.crosslink.demo.place.UkAddress;
import uk.toex.crosslink.demo.world.Appearance;
import uk.toex.crosslink.demo.world.Dated;
import uk.toex.crosslink.demo.world.Entity;
import uk.toex.crosslink.demo.world.Identity;
import uk.toex.crosslink.demo.world.SystemProfile.Habits;

/**
 * Writes one person record: the persons.csv row as the source system would hold this person on
 * that day (with all its variations), its ground-truth row, and sometimes its address links.
 */
public final class PersonRecords {

    private PersonRecords() {
    }

    /** @return the record id */
    public static String write(Entity entity, Appearance appearance, WorldOutput world, ClusterAddresses addresses,
            Dice dice) {
        BatchOutput batch = world.batch(appearance.source());
        Habits habits = appearance.source().profile().habits();
        Identity who = entity.identity();
        LocalDate on = appearance.on();
        String id = batch.nextId(SystemRecordIds.Kind.PERSON);
        appearance.written(id);
        world.truth(appearance.source(), id, entity.id());

        Row row = batch.row(CsvKind.PERSONS).set("record_id", id);
        name(row, entity, on, habits, dice);
        row.set("dob", DobStyles.write(who.dob(), batch.dates(), habits.dobMissing(), dice))
                .set("gender", dice.chance(0.05) ? "" : dice.chance(0.002) ? "X" : String.valueOf(who.gender()))
                .set("nationality", Nationalities.write(who.nationality(), dice))
                .set("phones", ContactColumns.phones(entity, on, dice))
                .set("emails", entity.email() != null && dice.chance(habits.email()) ? ContactColumns.email(entity.email(), dice) : "")
                .set("id_documents", ContactColumns.documents(entity, habits.documents(), appearance.source().system(), dice))
                .set("flags", Flags.of(entity.role(), entity.ageOn(on), dice))
                .set("handling", Handling.row(dice));
        UkAddress home = Dated.on(entity.homes(), on);
        if (home != null && dice.chance(habits.address())) {
            row.set("address", AddressStyles.line(home, dice))
                    .set("postcode", dice.chance(0.85) ? AddressStyles.postcode(home.postcode(), dice) : "");
        } else if (home != null && dice.chance(0.2)) {
            row.set("postcode", AddressStyles.postcode(home.postcode(), dice));
        }
        ExtraColumns.fill(row, appearance.source().profile().extraColumns(), dice, on);
        row.write();
        if (home != null && dice.chance(0.3)) {
            HomeLinks.write(entity, appearance, batch, addresses, dice);
        }
        return id;
    }

    private static void name(Row row, Entity entity, LocalDate on, Habits habits, Dice dice) {
        Identity who = entity.identity();
        Population population = who.population();
        String family = entity.familyName(on);
        String given = SpokenName.given(population, who.given(), who.middle(), who.junior(), dice);
        RecordedName name = NameStyles.write(population, given, SpokenName.family(family, dice),
                habits.keepCyrillic(), habits.upperFamily(), habits.singleNameField(), dice);
        String birthFamily = who.family().form(who.gender(), false);
        List<String> aliases = SpokenName.aliases(population, who.given(), family, birthFamily,
                entity.role().offender() ? 0.35 : 0.08, dice);
        row.set("given_names", name.given()).set("family_name", name.family()).set("aliases", aliases);
    }
}
