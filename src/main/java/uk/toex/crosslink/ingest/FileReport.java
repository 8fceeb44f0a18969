package uk.toex.crosslink.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What became of one file's rows: {@code rows = accepted + updated + unchanged + rejected}.
 *
 * @param extraColumns   columns outside the contract, kept as {@code extra.<column>} properties
 * @param ignoredColumns columns that could not be kept (calls.csv is aggregated per number pair)
 * @param unreadable     why no row of the file could be read (empty, no header, a required column
 *                       missing), or null when the file was read
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FileReport(String file, long rows, long accepted, long updated, long unchanged, long rejected,
                         List<String> extraColumns, List<String> ignoredColumns, String unreadable) {
}
