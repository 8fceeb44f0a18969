package uk.toex.crosslink.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import uk.toex.crosslink.store.CrosslinkProperties;

/**
 * {@code POST /ingest}: a source system pushes one batch as a zip (multipart part {@code batch})
 * and gets the same JSON report as the command line. Kept on its own path so security can
 * restrict it by role; every push that reaches it leaves one audit event ({@link HttpIngestAudit}).
 */
@RestController
class IngestController {

    private final IngestService service;
    private final HttpIngestAudit audit;
    private final Path rejectDir;
    private final long maxUnzippedBytes;

    IngestController(IngestService service, HttpIngestAudit audit, CrosslinkProperties properties,
                     @Value("${crosslink.ingest.max-unzipped-bytes:4294967296}") long maxUnzippedBytes) {
        this.service = service;
        this.audit = audit;
        this.rejectDir = properties.dataDir().resolve("rejects").toAbsolutePath();
        this.maxUnzippedBytes = maxUnzippedBytes;
    }

    @PostMapping(path = "/ingest", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> ingest(@RequestPart("batch") MultipartFile batch, HttpServletRequest request) throws IOException {
        Path upload = Files.createTempDirectory("crosslink-batch-");
        try {
            Path dir = ZipBatch.extract(batch.getInputStream(), upload, maxUnzippedBytes);
            IngestReport report = service.ingest(dir, new IngestOptions(IngestProgress.NONE, rejectDir, "http"));
            audit.loaded(request, report);
            return ResponseEntity.ok(report.toJson());
        } catch (BadZipException e) {
            audit.failed(request, "BAD_ZIP");
            return error(HttpStatus.BAD_REQUEST, "batch: " + e.getMessage());
        } catch (BatchRefusedException e) {
            audit.failed(request, "BATCH_REFUSED");
            return error(HttpStatus.BAD_REQUEST, e.getMessage().replace(upload.toString(), "batch"));
        } finally {
            deleteRecursively(upload);
        }
    }

    @ExceptionHandler(IngestFailedException.class)
    ResponseEntity<?> failed(IngestFailedException e, HttpServletRequest request) {
        audit.failed(request, "INGEST_FAILED");
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "ingest failed: " + e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        audit.failed(request, "TOO_LARGE");
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "batch: the upload is larger than allowed");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<?> notMultipart(Exception e, HttpServletRequest request) {
        audit.failed(request, "NOT_MULTIPART");
        return error(HttpStatus.BAD_REQUEST, "send the batch zip as multipart part 'batch'");
    }

    private static ResponseEntity<?> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
