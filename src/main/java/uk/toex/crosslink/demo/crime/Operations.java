package uk.toex.crosslink.demo.crime;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.Skewed;
import uk.toex.crosslink.demo.names.NameBank;
import uk.toex.crosslink.demo.names.Population;
import uk.toex.crosslink.demo.output.BatchOutput;
import uk.toex.crosslink.demo.output.CsvKind;
import uk.toex.crosslink.demo.output.SystemRecordIds;
import uk.toex.crosslink.demo.place.Places;
import uk.toex.crosslink.demo.records.Handling;
import uk.toex.crosslink.demo.world.Entity;
import uk.toex.crosslink.demo.world.People;
import uk.toex.crosslink.demo.world.PersonRole;
import uk.toex.crosslink.demo.world.Sources;

/** An operation against a network in its home force: operations.csv and operation_subjects.csv. */
final class Operations {

    private static final Skewed<String> CODEWORDS = new Skewed<>(Places.resourceLines("demo/codewords.txt"), 0.2);
    private static final List<String> RANKS = List.of("DC", "DS", "DS", "DI", "DI", "DCI");

    private Operations() {
    }

    static void write(BatchOutput batch, NetworkPlan plan, Map<Entity, String> personIds, String ocgId,
            List<String> premiseIds, List<String> advertIds, Dice dice) {
        String id = batch.nextId(SystemRecordIds.Kind.OPERATION);
        LocalDate opened = plan.activeFrom().plusDays(dice.between(20, 180));
        LocalDate closed = opened.plusDays(dice.between(90, 540));
        boolean isClosed = closed.isBefore(Sources.LAST_RECORD) && dice.chance(0.6);
        String codeword = CODEWORDS.draw(dice);
        String officer = NameBank.of(Population.BRITISH).family(dice).form('M', false);
        batch.row(CsvKind.OPERATIONS)
                .set("record_id", id)
                .set("name", dice.chance(0.8) ? "Operation " + codeword : "OP " + codeword.toUpperCase(Locale.ROOT))
                .set("status", isClosed ? "CLOSED" : "OPEN")
                .set("opened", batch.date(opened))
                .set("closed", isClosed ? batch.date(closed) : "")
                .set("threat_types", plan.kind().threatTypes(dice))
                .set("lead_officer", dice.pick(RANKS) + " " + dice.digits(4, true) + " " + officer)
                .set("handling", dice.chance(0.3) ? "C" : Handling.row(dice))
                .write();
        if (ocgId != null) {
            subject(batch, id, ocgId, "OCG", "SUSPECT");
        }
        for (Entity person : plan.everyone()) {
            String personId = personIds.get(person);
            if (personId != null) {
                subject(batch, id, personId, "PERSON", role(person.role(), dice));
            }
        }
        premiseIds.forEach(address -> subject(batch, id, address, "ADDRESS", "LOCATION"));
        for (String advert : advertIds) {
            if (dice.chance(0.5)) {
                subject(batch, id, advert, "ADVERT", "ASSOCIATE");
            }
        }
    }

    private static String role(PersonRole role, Dice dice) {
        return switch (role) {
            case VICTIM -> dice.chance(0.9) ? "VICTIM" : "WITNESS";
            case FACILITATOR -> "ASSOCIATE";
            default -> "SUSPECT";
        };
    }

    private static void subject(BatchOutput batch, String operationId, String subjectId, String kind, String role) {
        batch.row(CsvKind.OPERATION_SUBJECTS)
                .set("operation_record_id", operationId)
                .set("subject_record_id", subjectId)
                .set("subject_kind", kind)
                .set("role", role)
                .write();
    }
}
