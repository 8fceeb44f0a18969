package uk.toex.crosslink.ingest;

import java.nio.file.Path;

/**
 * How to run one ingest.
 *
 * @param progress  told how far it has got
 * @param rejectDir where the reject file goes; null for the batch folder itself (falling back to
 *                  {@code <data-dir>/rejects} when that cannot be written)
 * @param source    what the batch came from, kept on the Batch node ({@code dir}, {@code http})
 */
public record IngestOptions(IngestProgress progress, Path rejectDir, String source) {

    public static IngestOptions defaults() {
        return new IngestOptions(IngestProgress.NONE, null, "dir");
    }

    public IngestOptions withProgress(IngestProgress progress) {
        return new IngestOptions(progress, rejectDir, source);
    }
}
