package uk.toex.crosslink.api;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import uk.toex.crosslink.ingest.BadZipException;
import uk.toex.crosslink.ingest.BatchRefusedException;
import uk.toex.crosslink.ingest.IngestAudit;
import uk.toex.crosslink.ingest.IngestFailedException;
import uk.toex.crosslink.ingest.IngestOptions;
import uk.toex.crosslink.ingest.IngestProgress;
import uk.toex.crosslink.ingest.IngestReport;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.ingest.ZipBatch;
import uk.toex.crosslink.security.web.Purpose;
import uk.toex.crosslink.store.CrosslinkProperties;

/**
 * {@code POST /ingest}: a source system pushes one batch as a zip (multipart part {@code batch})
 * and gets the same JSON report as the command line. Security lets only ADMIN callers with an
 * {@code X-Purpose} reach it; every upload leaves one audit event.
 */
@RestController
class IngestController {

    private final IngestService service;
    private final IngestAudit audit;
    private final Path rejectDir;
    private final long maxUnzippedBytes;

    IngestController(IngestService service, IngestAudit audit, CrosslinkProperties properties,
                     @Value("${crosslink.ingest.max-unzipped-bytes:4294967296}") long maxUnzippedBytes) {
        this.service = service;
        this.audit = audit;
        this.rejectDir = properties.dataDir().resolve("rejects").toAbsolutePath();
        this.maxUnzippedBytes = maxUnzippedBytes;
    }

    @PostMapping(path = "/ingest", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> ingest(@RequestPart("batch") MultipartFile batch,
                             @RequestHeader(name = Purpose.HEADER, required = false) String purpose) throws IOException {
        Path upload = Files.createTempDirectory("crosslink-batch-");
        try {
            Path dir = ZipBatch.extract(batch.getInputStream(), upload, maxUnzippedBytes);
            IngestReport report = service.ingest(dir, new IngestOptions(IngestProgress.NONE, rejectDir, "http"));
            audit.loaded(purpose, report);
            return ResponseEntity.ok(report.toJson());
        } catch (BadZipException e) {
            audit.refused(purpose, "BAD_ZIP");
            return error(HttpStatus.BAD_REQUEST, "batch: " + e.getMessage());
        } catch (BatchRefusedException e) {
            audit.refused(purpose, "BATCH_REFUSED");
            return error(HttpStatus.BAD_REQUEST, e.getMessage().replace(upload.toString(), "batch"));
        } catch (IngestFailedException e) {
            audit.failed(purpose);
            return error(HttpStatus.INTERNAL_SERVER_ERROR, "ingest failed: " + e.getMessage());
        } finally {
            deleteRecursively(upload);
        }
    }

    // Refused before the method runs (the multipart body is parsed first): audited here all the same.
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        audit.refused(request.getHeader(Purpose.HEADER), "TOO_LARGE");
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "batch: the upload is larger than allowed");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<?> notMultipart(Exception e, HttpServletRequest request) {
        audit.refused(request.getHeader(Purpose.HEADER), "NOT_MULTIPART");
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
