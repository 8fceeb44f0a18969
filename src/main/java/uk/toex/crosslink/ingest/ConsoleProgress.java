package uk.toex.crosslink.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Progress on stderr: one line updated in place on a terminal, a plain line every
 * {@code interval} otherwise (logs, pipes). Counts and rates only, never row content.
 */
public final class ConsoleProgress implements IngestProgress {

    private final PrintStream out;
    private final boolean terminal;
    private final long intervalNanos;
    private final LongSupplier clock;
    private long fileStart;
    private long lastShown;

    ConsoleProgress(PrintStream out, boolean terminal, Duration interval, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
    }

    public static ConsoleProgress onStderr() {
        boolean terminal = System.console() != null;
        return new ConsoleProgress(System.err, terminal, terminal ? Duration.ofMillis(250) : Duration.ofSeconds(10),
                System::nanoTime);
    }

    @Override
    public void fileStarted(String file) {
        fileStart = clock.getAsLong();
        lastShown = fileStart;
    }

    @Override
    public void rows(String file, long rows, long bytesRead, long bytesTotal) {
        long now = clock.getAsLong();
        if (fileStart == 0) {
            fileStart = now;
            lastShown = now;
            return;
        }
        if (now - lastShown < intervalNanos) {
            return;
        }
        lastShown = now;
        double seconds = Math.max((now - fileStart) / 1e9, 1e-3);
        long rate = Math.round(rows / seconds);
        String eta = "";
        if (bytesTotal > 0 && bytesRead > 0 && bytesRead < bytesTotal) {
            long left = Math.round(seconds * (bytesTotal - bytesRead) / bytesRead);
            eta = String.format(", %d%%, ETA %d:%02d", 100 * bytesRead / bytesTotal, left / 60, left % 60);
        }
        String line = String.format("ingest %s: %,d rows, %,d rows/s%s", file, rows, rate, eta);
        if (terminal) {
            out.print("\r" + line + "\u001b[K");
        } else {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public void fileDone(String file, long rows) {
        double seconds = fileStart == 0 ? 0 : Math.max((clock.getAsLong() - fileStart) / 1e9, 1e-3);
        String line = seconds < 0.05 ? String.format("ingest %s: %,d rows in %.2f s", file, rows, seconds)
                : String.format("ingest %s: %,d rows in %.1f s, %,d rows/s", file, rows, seconds, Math.round(rows / seconds));
        out.print(terminal ? "\r" + line + "\u001b[K\n" : line + "\n");
        out.flush();
        fileStart = 0;
    }
}
