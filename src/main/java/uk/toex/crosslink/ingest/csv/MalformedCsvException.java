package uk.toex.crosslink.ingest.csv;

/** A record that does not split into fields under RFC 4180; the message says why. */
final class MalformedCsvException extends Exception {

    private final int field;

    MalformedCsvException(int field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    /** 1-based field where it went wrong. */
    int field() {
        return field;
    }
}
