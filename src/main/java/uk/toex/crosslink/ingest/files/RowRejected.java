package uk.toex.crosslink.ingest.files;

/** A row breaks the contract: which column (header name as canonical) and why. */
public final class RowRejected extends Exception {

    private final String column;

    public RowRejected(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
