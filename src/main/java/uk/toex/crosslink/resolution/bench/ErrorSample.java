package uk.toex.crosslink.resolution.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.toex.crosslink.resolution.accuracy.LabelledRecords;
import uk.toex.crosslink.resolution.engine.EngineState;
import uk.toex.crosslink.resolution.engine.PersonInput;

/**
 * A random sample of missed pairs (true, not joined) and wrong pairs (joined, not true) with
 * both records and how the engine saw them: what to look at when working on accuracy.
 */
final class ErrorSample {

    private ErrorSample() {
    }

    static void print(LabelledRecords data, Map<String, String> predicted, EngineState state, int limit) {
        Map<String, PersonInput> byKey = new HashMap<>();
        data.records().forEach(r -> byKey.put(r.key(), r));
        List<String[]> missed = new ArrayList<>();
        List<String[]> wrong = new ArrayList<>();
        pairs(data.truth(), (a, b) -> {
            if (!predicted.get(a).equals(predicted.get(b))) {
                missed.add(new String[] {a, b});
            }
        });
        pairs(predicted, (a, b) -> {
            if (data.truth().get(a) != null && !data.truth().get(a).equals(data.truth().get(b))) {
                wrong.add(new String[] {a, b});
            }
        });
        List<String[]> truePairs = new ArrayList<>();
        pairs(data.truth(), (a, b) -> truePairs.add(new String[] {a, b}));
        System.err.print(state.blockingReport(truePairs));
        System.err.print(state.calibration(data.truth()));
        Random random = new Random(1);
        Collections.shuffle(missed, random);
        Collections.shuffle(wrong, random);
        for (String[] pair : missed.subList(0, Math.min(limit, missed.size()))) {
            show("MISSED", pair, byKey, state);
        }
        for (String[] pair : wrong.subList(0, Math.min(limit, wrong.size()))) {
            show("WRONG", pair, byKey, state);
        }
    }

    private static void show(String what, String[] pair, Map<String, PersonInput> byKey, EngineState state) {
        System.err.println(what + " " + state.diagnose(pair[0], pair[1]));
        System.err.println("   " + describe(byKey.get(pair[0])));
        System.err.println("   " + describe(byKey.get(pair[1])));
    }

    private static String describe(PersonInput r) {
        return String.join(" | ", r.givenNames() + " " + r.familyName(), String.valueOf(r.dob()), String.valueOf(r.gender()),
                String.valueOf(r.address()), String.valueOf(r.postcode()), String.join(",", r.idDocuments()),
                String.join(",", r.emails()), String.join(",", r.phones()));
    }

    private static void pairs(Map<String, String> clusters, java.util.function.BiConsumer<String, String> visitor) {
        Map<String, List<String>> members = new HashMap<>();
        clusters.forEach((key, cluster) -> members.computeIfAbsent(cluster, c -> new ArrayList<>()).add(key));
        for (List<String> group : members.values()) {
            Collections.sort(group);
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    visitor.accept(group.get(i), group.get(j));
                }
            }
        }
    }
}
