package uk.toex.crosslink.ingest.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits an RFC 4180 stream into logical records (LF, CRLF or CR line ends; quoted fields may
 * hold line breaks) and keeps each record's raw text and line number. Its point over a plain CSV
 * parser is recovery: one stray quote must cost one rejected line, not the rest of the file, so
 * a record that turns out malformed can give back everything after its first line to be read
 * again ({@link #giveBackAfterFirstLine}). Memory stays bounded by {@link #MAX_RECORD_CHARS}.
 */
final class CsvRecordReader {

    static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private int nextLine = 1;

    CsvRecordReader(Reader in) {
        this.in = in;
    }

    /** @return the next record, or null at end of input */
    RawRecord next() throws IOException {
        StringBuilder text = new StringBuilder(160);
        int start = nextLine;
        int lines = 1;
        int restStart = -1;
        boolean quoted = false;
        while (true) {
            int c = read();
            if (c < 0) {
                if (text.isEmpty()) {
                    return null;
                }
                return new RawRecord(text.toString(), start, lines, restStart, false,
                        quoted ? "unclosed quote at end of file" : null);
            }
            if (c == '\n' || c == '\r') {
                boolean crlf = c == '\r' && peek() == '\n';
                if (crlf) {
                    read();
                }
                nextLine++;
                if (!quoted) {
                    return new RawRecord(text.toString(), start, lines, restStart, true, null);
                }
                text.append((char) c);
                if (crlf) {
                    text.append('\n');
                }
                if (restStart < 0) {
                    restStart = text.length();
                }
                lines++;
            } else {
                if (c == '"') {
                    quoted = !quoted;
                }
                text.append((char) c);
            }
            if (text.length() > MAX_RECORD_CHARS) {
                return new RawRecord(text.toString(), start, lines, restStart, false,
                        "record longer than " + MAX_RECORD_CHARS + " characters (unclosed quote?)");
            }
        }
    }

    /**
     * Reads again everything of {@code record} after its first physical line, so only that line
     * is lost to a malformed record.
     */
    void giveBackAfterFirstLine(RawRecord record) {
        String rest = record.text().substring(record.restStart()) + (record.terminated() ? "\n" : "");
        char[] joined = new char[rest.length() + lim - pos];
        rest.getChars(0, rest.length(), joined, 0);
        System.arraycopy(buf, pos, joined, rest.length(), lim - pos);
        buf = joined.length < (1 << 16) ? java.util.Arrays.copyOf(joined, 1 << 16) : joined;
        lim = joined.length;
        pos = 0;
        nextLine = record.line() + 1;
    }

    /** Drops the rest of the current physical line (after an over-long record). */
    void skipRestOfLine() throws IOException {
        int c;
        while ((c = read()) >= 0 && c != '\n' && c != '\r') {
            // skipping
        }
        if (c == '\r' && peek() == '\n') {
            read();
        }
        if (c >= 0) {
            nextLine++;
        }
    }

    private int read() throws IOException {
        if (pos >= lim && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos >= lim && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        if (buf.length > (1 << 16)) {
            buf = new char[1 << 16];
        }
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        lim = Math.max(n, 0);
        return n > 0;
    }
}
