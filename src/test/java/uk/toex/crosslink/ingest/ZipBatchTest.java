package uk.toex.crosslink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipBatchTest {

    @TempDir
    Path temp;

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{}".getBytes());
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return bytes.toByteArray();
    }

    /** Text that compresses like a real extract (a few times), not like a bomb. */
    static byte[] randomRows(int bytes) {
        Random random = new Random(7);
        StringBuilder rows = new StringBuilder();
        while (rows.length() < bytes) {
            rows.append("R").append(random.nextInt(1_000_000)).append(',').append(Long.toHexString(random.nextLong())).append('\n');
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void stopsInflatingAtTheBudgetWhateverTheEntrySizeClaims() throws IOException {
        byte[] bytes = zip("persons.csv", randomRows(3 << 20));
        Path target = Files.createDirectories(temp.resolve("out"));

        assertThatThrownBy(() -> new ZipBatch(new UnpackBudget(1 << 20)).extract(new ByteArrayInputStream(bytes), target))
                .isInstanceOf(BadZipException.class).hasMessageContaining("unpacks to more than the 1048576 bytes");
    }

    @Test
    void uploadsUnpackingAtOnceShareOneBudgetUntilEachGivesItsBytesBack() throws Exception {
        UnpackBudget budget = new UnpackBudget(5 << 20);
        byte[] bytes = zip("persons.csv", randomRows(3 << 20));
        ZipBatch first = new ZipBatch(budget);
        first.extract(new ByteArrayInputStream(bytes), Files.createDirectories(temp.resolve("a")));

        assertThatThrownBy(() -> new ZipBatch(budget).extract(new ByteArrayInputStream(bytes), Files.createDirectories(temp.resolve("b"))))
                .isInstanceOf(BadZipException.class).hasMessageContaining("others under way");
        budget.release(first.claimed());
        assertThat(new ZipBatch(budget).extract(new ByteArrayInputStream(bytes), Files.createDirectories(temp.resolve("c"))))
                .isEqualTo(temp.resolve("c"));
    }

    @Test
    void refusesAZipOfBlankLinesAsTheBombItIs() throws IOException {
        byte[] blank = new byte[16 << 20];
        Arrays.fill(blank, (byte) '\n');
        byte[] bytes = zip("persons.csv", blank);

        assertThatThrownBy(() -> new ZipBatch(new UnpackBudget(1L << 32)).extract(new ByteArrayInputStream(bytes), temp))
                .isInstanceOf(BadZipException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void refusesATruncatedZipAndDuplicateEntryNames() throws IOException {
        byte[] whole = zip("persons.csv", randomRows(256 << 10));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> new ZipBatch(new UnpackBudget(1L << 32)).extract(new ByteArrayInputStream(truncated),
                Files.createDirectories(temp.resolve("t")))).isInstanceOf(BadZipException.class).hasMessageContaining("truncated");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{}".getBytes());
            zip.putNextEntry(new ZipEntry("./manifest.json")); // the same file under another spelling
            zip.write("{}".getBytes());
        }
        assertThatThrownBy(() -> new ZipBatch(new UnpackBudget(1L << 32)).extract(new ByteArrayInputStream(bytes.toByteArray()),
                Files.createDirectories(temp.resolve("d")))).isInstanceOf(BadZipException.class).hasMessageContaining("comes twice");
    }

    @Test
    void refusesEntriesNestedDeeperThanOneFolder() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("a/b/manifest.json"));
            zip.write("{}".getBytes());
        }
        assertThatThrownBy(() -> new ZipBatch(new UnpackBudget(1 << 20)).extract(new ByteArrayInputStream(bytes.toByteArray()), temp))
                .isInstanceOf(BadZipException.class).hasMessageContaining("nested too deep");
    }
}
