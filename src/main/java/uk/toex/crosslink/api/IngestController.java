package uk.toex.crosslink.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.toex.crosslink.ingest.BadZipException;
import uk.toex.crosslink.ingest.BatchRefusedException;
import uk.toex.crosslink.ingest.IngestAudit;
import uk.toex.crosslink.ingest.IngestFailedException;
import uk.toex.crosslink.ingest.IngestOptions;
import uk.toex.crosslink.ingest.IngestProgress;
import uk.toex.crosslink.ingest.IngestReport;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.ingest.ManifestReader;
import uk.toex.crosslink.ingest.UnpackBudget;
import uk.toex.crosslink.ingest.ZipBatch;
import uk.toex.crosslink.security.CurrentCaller;
import uk.toex.crosslink.security.SecretFiles;
import uk.toex.crosslink.security.web.Purpose;
import uk.toex.crosslink.store.CrosslinkProperties;

/**
 * {@code POST /ingest}: a source system pushes one batch as a zip (multipart part {@code batch})
 * and gets the same JSON report as the command line. Security lets only ADMIN callers with an
 * {@code X-Purpose} reach it, and a batch only of a force the token holds (403 otherwise); every
 * upload leaves one audit event.
 */
@RestController
class IngestController {

    private final IngestService service;
    private final IngestAudit audit;
    private final CurrentCaller callers;
    private final Path rejectDir;
    private final Path uploads;
    private final UnpackBudget budget;

    IngestController(IngestService service, IngestAudit audit, CurrentCaller callers, CrosslinkProperties properties,
                     UnpackBudget budget) throws IOException {
        this.service = service;
        this.audit = audit;
        this.callers = callers;
        this.rejectDir = properties.dataDir().resolve("rejects").toAbsolutePath();
        this.budget = budget;
        // uploads unpack under the data dir; what a killed service left there goes at start
        this.uploads = properties.dataDir().resolve("uploads").toAbsolutePath();
        if (Files.isDirectory(uploads)) {
            deleteRecursively(uploads);
        }
        SecretFiles.createPrivateDirectories(uploads);
    }

    @PostMapping(path = "/ingest", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> ingest(@RequestPart("batch") MultipartFile batch,
                             @RequestHeader(name = Purpose.HEADER, required = false) String purpose) throws IOException {
        Path upload = Files.createTempDirectory(uploads, "batch-");
        ZipBatch zip = new ZipBatch(budget);
        try {
            Path dir = zip.extract(batch.getInputStream(), upload);
            String force = ManifestReader.read(dir).force();
            if (!callers.get().map(c -> c.writesFor(force)).orElse(false)) {
                audit.refused(purpose, "FORCE_NOT_HELD");
                return error(HttpStatus.FORBIDDEN, "batch: the token may not push batches of force " + force);
            }
            IngestReport report = service.ingest(dir, new IngestOptions(IngestProgress.NONE, rejectDir, "http"));
            audit.loaded(purpose, report);
            return ResponseEntity.ok(report.withoutServerPaths().toJson());
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
            budget.release(zip.claimed());
        }
    }

    static ResponseEntity<?> error(HttpStatus status, String message) {
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
