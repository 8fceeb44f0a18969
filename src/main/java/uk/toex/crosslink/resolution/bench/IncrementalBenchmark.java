package uk.toex.crosslink.resolution.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.toex.crosslink.resolution.engine.EngineSettings;
import uk.toex.crosslink.resolution.engine.EngineState;
import uk.toex.crosslink.resolution.engine.PersonInput;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.resolution.engine.ResolutionEngine;

/**
 * One new record against a resolved set: resolve all but the last {@code probes} records in a
 * batch, then place the held-back records one at a time and report latency percentiles.
 */
public final class IncrementalBenchmark {

    private IncrementalBenchmark() {
    }

    /** {@code all}: the records, of which the last {@code probes} are placed one at a time. */
    public static String run(List<PersonInput> all, int probes) {
        List<PersonInput> base = all.subList(0, all.size() - probes);
        List<PersonInput> held = all.subList(all.size() - probes, all.size());
        EngineState state = new ResolutionEngine(EngineSettings.defaults()).run(new ArrayList<>(base), List.of(), null,
                ProgressListener.silent());
        long[] nanos = new long[held.size()];
        for (int i = 0; i < held.size(); i++) {
            long t0 = System.nanoTime();
            state.place(List.of(held.get(i)), List.of());
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return String.format("base_records=%d probes=%d place_ms p50=%.2f p95=%.2f p99=%.2f max=%.2f", base.size(), held.size(),
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
    }
}
