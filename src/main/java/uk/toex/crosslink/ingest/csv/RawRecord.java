package uk.toex.crosslink.ingest.csv;

/**
 * One logical CSV record as it stood in the file, before it is split into fields.
 *
 * @param text       the record without its line terminator (embedded line breaks kept)
 * @param line       physical line the record starts on, 1-based (the header is line 1)
 * @param lines      physical lines it spans
 * @param restStart  index in {@code text} just after the first embedded line break, -1 if none
 * @param terminated whether a line break ended it (false at end of file or when cut short)
 * @param problem    why the record could not be closed (unclosed quote, too long), or null
 */
record RawRecord(String text, int line, int lines, int restStart, boolean terminated, String problem) {

    boolean blank() {
        return text.isEmpty() && problem == null;
    }

    boolean multiLine() {
        return lines > 1 && restStart >= 0;
    }

    String firstLine() {
        if (!multiLine()) {
            return text;
        }
        int end = restStart - 1;
        if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(0, end);
    }
}
