package uk.toex.crosslink.investigations;

/** An investigation file breaks the format, does not compile or would write: says file, line and reason. */
public class InvestigationFileException extends RuntimeException {

    private final String source;
    private final int line;
    private final String reason;

    public InvestigationFileException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
