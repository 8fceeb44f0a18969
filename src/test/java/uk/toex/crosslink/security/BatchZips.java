package uk.toex.crosslink.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;

/** A batch folder as {@code POST /ingest} takes it: zipped, in multipart part {@code batch}. */
final class BatchZips {

    private BatchZips() {
    }

    static MultiValueMap<String, HttpEntity<?>> multipart(Path batchDir) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("batch", new ByteArrayResource(zip(batchDir))).filename(batchDir.getFileName() + ".zip");
        return body.build();
    }

    static byte[] zip(Path batchDir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(batchDir)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
