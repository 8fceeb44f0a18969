package uk.toex.crosslink.resolution.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import uk.toex.crosslink.resolution.engine.PersonInput;

/**
 * Synthetic person records with a known truth, built to be hard: households of relatives
 * sharing surname, address and phone (twins included), shared brothel phones, common names,
 * several forces, and per record name-order swaps, transliteration (Bulgarian in Cyrillic or in
 * Latin), dropped diacritics, nicknames, typing errors, partial and mistyped dates of birth.
 * For tests and benchmarks only; it is one generator among the many real data will resemble.
 */
public final class SyntheticPersons {

    static final List<String> FORCES = List.of("NORFOLK", "SUFFOLK", "ESSEX", "KENT", "HERTFORDSHIRE",
            "CAMBRIDGESHIRE", "BEDFORDSHIRE", "NCA");

    /** The records and, per record key, the id of the person it describes. */
    public record Data(List<PersonInput> records, Map<String, String> truth) {
    }

    private SyntheticPersons() {
    }

    public static Data generate(int persons, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SyntheticPerson> people = new Households(random).people(persons);
        List<PersonInput> records = new ArrayList<>();
        Map<String, String> truth = new java.util.HashMap<>();
        RecordVariation variation = new RecordVariation(random);
        int serial = 0;
        for (SyntheticPerson person : people) {
            int count = 1 + geometric(random, 0.45);
            for (int r = 0; r < count; r++) {
                String force = FORCES.get(random.nextInt(FORCES.size()));
                String key = force + "/" + (force.equals("NCA") ? "PND" : "ATHENA") + "/R" + (serial++);
                records.add(variation.record(key, person));
                truth.put(key, person.id());
            }
        }
        java.util.Collections.shuffle(records, new java.util.Random(seed));
        return new Data(records, truth);
    }

    private static int geometric(SplittableRandom random, double p) {
        int k = 0;
        while (k < 8 && random.nextDouble() > p) {
            k++;
        }
        return k;
    }
}
