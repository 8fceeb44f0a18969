package uk.toex.crosslink.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one batch: counts overall and per file, where the rejected rows are, and the
 * first {@value BatchRun#LISTED_REJECTIONS} rejections (file, line, column, reason; the reject
 * file holds them all, with the raw rows). {@link #toJson()} is the one line the CLI prints.
 *
 * @param rows                every data row read: accepted + updated + unchanged + rejected
 * @param rejectFile          path of the reject file, null when nothing was rejected
 * @param ignoredFiles        files in the batch folder that are not part of the contract
 * @param rejectionsNotListed rejections beyond those listed here (they are in the reject file)
 */
public record IngestReport(String batchId, String dir, String force, String system, String extracted,
                           String status, long rows, long accepted, long updated, long unchanged, long rejected,
                           String rejectFile, Map<String, FileReport> files,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> ignoredFiles,
                           List<Rejection> rejections, long rejectionsNotListed, long elapsedMs) {

    /** Every file was read; single rows may still be rejected. */
    public static final String DONE = "done";
    /** A file could not be read at all (empty, no header, a required column missing): see its report. */
    public static final String UNREADABLE = "unreadable";

    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean unreadable() {
        return UNREADABLE.equals(status);
    }

    public FileReport file(String name) {
        return files.get(name);
    }

    /**
     * What the audit log keeps of a batch (JSON): its identity, status and counts. No rejection,
     * file or path is included, so nothing a source sent reaches the log.
     */
    public String auditSummary() {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("batchId", batchId);
        summary.put("force", force);
        summary.put("system", system);
        summary.put("extracted", extracted);
        summary.put("status", status);
        summary.put("rows", rows);
        summary.put("accepted", accepted);
        summary.put("updated", updated);
        summary.put("unchanged", unchanged);
        summary.put("rejected", rejected);
        try {
            return JSON.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the batch summary", e);
        }
    }

    /**
     * The report as an HTTP caller gets it: the same, but without server paths ({@code dir},
     * {@code rejectFile} name only), which tell a caller nothing it can use and much about the host.
     */
    public IngestReport withoutServerPaths() {
        String rejects = rejectFile == null ? null : java.nio.file.Path.of(rejectFile).getFileName().toString();
        return new IngestReport(batchId, null, force, system, extracted, status, rows, accepted, updated, unchanged,
                rejected, rejects, files, ignoredFiles, rejections, rejectionsNotListed, elapsedMs);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the ingest report", e);
        }
    }
}
