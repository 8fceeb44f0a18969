package uk.toex.crosslink.resolution.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.resolution.accuracy.AccuracyReport;
import uk.toex.crosslink.resolution.accuracy.LabelledRecords;
import uk.toex.crosslink.resolution.engine.EngineResult;
import uk.toex.crosslink.resolution.engine.EngineSettings;
import uk.toex.crosslink.resolution.engine.EngineState;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.resolution.engine.ResolutionEngine;

/**
 * The engine alone on synthetic records: time per stage, peak heap, pairs compared, accuracy.
 * A benchmark, never a test: run it on a quiet machine.
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    /** Records with their truth (an empty truth skips the accuracy line); {@code generated}: ms it took to make them. */
    public static String run(LabelledRecords data, long generated, EngineSettings settings) {
        System.gc();
        resetPeaks();
        long t0 = System.currentTimeMillis();
        // CPU seconds beside wall seconds: on a shared virtual machine the wall time also holds what the
        // host took away (steal), the process CPU time does not
        List<Long> stageCpu = new java.util.ArrayList<>();
        EngineState state = new ResolutionEngine(settings).run(data.records(), List.of(), null, (stage, detail) -> {
            stageCpu.add(processCpuNanos());
            System.err.printf("[%6.1fs] %s: %s%n", (System.currentTimeMillis() - t0) / 1000.0, stage, detail);
        });
        long elapsed = System.currentTimeMillis() - t0;
        stageCpu.add(processCpuNanos());
        long peak = peakHeap();
        EngineResult result = state.result();
        Map<String, String> predicted = new HashMap<>();
        for (int i = 0; i < result.keys().size(); i++) {
            predicted.put(result.keys().get(i), result.clusterOf()[i]);
        }
        String accuracy = data.truth().isEmpty() ? "no ground truth" : AccuracyReport.of(data.truth(), predicted).toString();
        if (!data.truth().isEmpty() && SAMPLE_ERRORS > 0) {
            ErrorSample.print(data, predicted, state, SAMPLE_ERRORS);
        }
        long[] ms = result.stats().millis();
        return String.format("records=%d generated_in=%.1fs engine=%.1fs (prepare %.1f, blocking %.1f, training %.1f, scoring %.1f, clustering %.1f)"
                        + " peak_heap=%dMiB pairs_compared=%d reduction_ratio=%.6f oversized_blocks=%d clusters=%d %s%n%s",
                result.keys().size(), generated / 1000.0, elapsed / 1000.0, ms[0] / 1000.0, ms[1] / 1000.0, ms[2] / 1000.0,
                ms[3] / 1000.0, ms[4] / 1000.0, peak >> 20, result.stats().pairsCompared(), result.stats().reductionRatio(),
                result.stats().oversizedBlocks(), result.stats().clusters(), cpu(stageCpu), accuracy);
    }

    private static String cpu(List<Long> atStages) {
        StringBuilder out = new StringBuilder(String.format("engine_cpu=%.1fs (",
                (atStages.get(atStages.size() - 1) - atStages.get(0)) / 1e9));
        for (int i = 1; i < atStages.size(); i++) {
            out.append(i > 1 ? ", " : "").append(String.format("%.1f", (atStages.get(i) - atStages.get(i - 1)) / 1e9));
        }
        return out.append(')').toString();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Missed and wrong pairs to print to stderr (system property {@code crosslink.bench.errors}), for accuracy work. */
    private static final int SAMPLE_ERRORS = Integer.getInteger("crosslink.bench.errors", 0);

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
