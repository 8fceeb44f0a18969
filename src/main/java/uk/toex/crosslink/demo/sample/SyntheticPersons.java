package uk.toex.crosslink.demo.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.demo.Dice;

/**
 * The synthetic world's quick sample for the resolution engine: person records straight in
 * memory (no batch files), with a known truth, built to be hard: households of relatives
 * sharing surname, address and phone (twins included), shared brothel phones, common names,
 * several forces, and per record name-order swaps, transliteration (Bulgarian in Cyrillic or in
 * Latin), dropped diacritics, nicknames, typing errors, partial and mistyped dates of birth.
 * For tests and benchmarks only (the engine's accuracy test and {@code bench resolve}, whose
 * figures in docs/BENCHMARKS.md are on this data: change it and they must be measured again).
 * {@code cli.EngineSample} hands the records to the engine as its own input type.
 */
public final class SyntheticPersons {

    static final List<String> FORCES = List.of("NORFOLK", "SUFFOLK", "ESSEX", "KENT", "HERTFORDSHIRE",
            "CAMBRIDGESHIRE", "BEDFORDSHIRE", "NCA");

    /** The records and, per record key, the id of the person it describes. */
    public record Data(List<SampleRecord> records, Map<String, String> truth) {
    }

    private SyntheticPersons() {
    }

    public static Data generate(int persons, long seed) {
        Dice dice = new Dice(seed);
        List<SyntheticPerson> people = new Households(dice).people(persons);
        List<SampleRecord> records = new ArrayList<>();
        Map<String, String> truth = new java.util.HashMap<>();
        RecordVariation variation = new RecordVariation(dice);
        int serial = 0;
        for (SyntheticPerson person : people) {
            int count = 1 + geometric(dice, 0.45);
            for (int r = 0; r < count; r++) {
                String force = dice.pick(FORCES);
                String key = force + "/" + (force.equals("NCA") ? "PND" : "ATHENA") + "/R" + (serial++);
                records.add(variation.record(key, person));
                truth.put(key, person.id());
            }
        }
        java.util.Collections.shuffle(records, new java.util.Random(seed));
        return new Data(records, truth);
    }

    private static int geometric(Dice dice, double p) {
        int k = 0;
        while (k < 8 && dice.unit() > p) {
            k++;
        }
        return k;
    }
}
