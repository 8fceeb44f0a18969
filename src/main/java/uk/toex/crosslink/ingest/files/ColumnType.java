package uk.toex.crosslink.ingest.files;

/** How a column's text becomes a property value. */
public enum ColumnType {
    /** free text exactly as received */
    TEXT,
    /** an identifier or reference: surrounding spaces dropped */
    ID,
    /** {@code |}-separated values, each trimmed, blanks dropped */
    LIST,
    /** one of a fixed set of codes, upper-cased */
    ENUM,
    /** a date in the batch's format, stored as a Date */
    DATE,
    /** a date of birth, possibly partial, stored as ISO text */
    DOB,
    /** an ISO 8601 timestamp with offset, stored as a DateTime */
    TIMESTAMP,
    /** a whole number from 1 to 10 */
    GRAVITY,
    /** a whole number of seconds, zero or more */
    SECONDS,
    /** {@code |}-separated {@code TYPE:NUMBER} identity documents */
    ID_DOCUMENTS,
    /** {@code |}-separated hexadecimal hashes */
    HEX_LIST
}
