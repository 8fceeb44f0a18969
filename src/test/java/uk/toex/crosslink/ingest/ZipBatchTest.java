package uk.toex.crosslink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipBatchTest {

    @TempDir
    Path temp;

    @Test
    void stopsInflatingAtTheLimitWhateverTheEntrySizeClaims() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{}".getBytes());
            zip.putNextEntry(new ZipEntry("persons.csv"));
            zip.write(new byte[8 << 20]); // 8 MiB of zeros compress to a few KiB
        }
        assertThat(bytes.size()).isLessThan(64 << 10);
        Path target = Files.createDirectories(temp.resolve("out"));

        assertThatThrownBy(() -> ZipBatch.extract(new ByteArrayInputStream(bytes.toByteArray()), target, 1 << 20))
                .isInstanceOf(BadZipException.class).hasMessage("the zip unpacks to more than 1048576 bytes");
    }

    @Test
    void refusesEntriesNestedDeeperThanOneFolder() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("a/b/manifest.json"));
            zip.write("{}".getBytes());
        }
        assertThatThrownBy(() -> ZipBatch.extract(new ByteArrayInputStream(bytes.toByteArray()), temp, 1 << 20))
                .isInstanceOf(BadZipException.class).hasMessageContaining("nested too deep");
    }
}
