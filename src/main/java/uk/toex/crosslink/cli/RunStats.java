package uk.toex.crosslink.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Wall time, process CPU time and peak heap of a command's work, for a summary line on stderr:
 * on a shared machine the CPU time says more about cost than the wall time does.
 */
final class RunStats {

    private final long startNanos = System.nanoTime();
    private final long startCpu = processCpuNanos();

    RunStats() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    String summary(long rows) {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        double cpu = (processCpuNanos() - startCpu) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return String.format("%,d rows in %.1f s wall (%,.0f rows/s), %.1f s process CPU (%,.0f rows per CPU-second),"
                        + " peak heap at most %d MB (heap pools' own peaks summed)", rows, wall, rows / Math.max(wall, 1e-3), cpu, rows / Math.max(cpu, 1e-3),
                peakHeap >> 20);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
