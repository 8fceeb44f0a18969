package uk.toex.crosslink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final AtomicLong clock = new AtomicLong(1);

    ConsoleProgress progress(boolean terminal) {
        return new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, Duration.ofSeconds(10),
                clock::get);
    }

    @Test
    void printsAPlainLineEveryIntervalWithRateAndEtaWhenNotOnATerminal() {
        ConsoleProgress progress = progress(false);
        progress.rows("persons.csv", 1_000, 100, 1_000);
        clock.addAndGet(Duration.ofSeconds(5).toNanos());
        progress.rows("persons.csv", 50_000, 250, 1_000);   // too soon: nothing
        clock.addAndGet(Duration.ofSeconds(5).toNanos());
        progress.rows("persons.csv", 100_000, 250, 1_000);
        progress.fileDone("persons.csv", 400_000);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "ingest persons.csv: 100,000 rows, 10,000 rows/s, 25%, ETA 0:30\n"
                        + "ingest persons.csv: 400,000 rows in 10.0 s, 40,000 rows/s\n");
    }

    @Test
    void aSmallFileGetsOneLineWithItsRowsAndRateTimedFromItsStart() {
        ConsoleProgress progress = progress(false);
        progress.fileStarted("ocgs.csv");
        clock.addAndGet(Duration.ofMillis(500).toNanos());
        progress.fileDone("ocgs.csv", 120);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("ingest ocgs.csv: 120 rows in 0.5 s, 240 rows/s\n");
    }

    @Test
    void rewritesOneLineInPlaceOnATerminal() {
        ConsoleProgress progress = progress(true);
        progress.rows("calls.csv", 1_000, 1, 0);
        clock.addAndGet(Duration.ofSeconds(20).toNanos());
        progress.rows("calls.csv", 2_000, 1, 0);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\ringest calls.csv: 2,000 rows, 100 rows/s\u001b[K");
    }
}
