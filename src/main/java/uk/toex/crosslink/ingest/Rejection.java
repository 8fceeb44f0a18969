package uk.toex.crosslink.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One rejected row: where it is and why. The raw row goes only to the reject file, never to
 * logs or the JSON report, because it holds personal data.
 *
 * @param file   CSV file name, e.g. {@code persons.csv}
 * @param line   physical line the row starts on (the header is line 1)
 * @param column header name of the offending column, or null when the row as a whole is bad
 * @param reason what is wrong, in words
 * @param raw    the row exactly as read
 */
public record Rejection(String file, int line, String column, String reason, @JsonIgnore String raw) {
}
