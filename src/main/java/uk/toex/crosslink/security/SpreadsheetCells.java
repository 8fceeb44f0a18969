package uk.toex.crosslink.security;

/**
 * CSV files meant to be opened in a spreadsheet (reject files, entity exports) must not run what
 * a source sent: a cell starting with {@code = + - @}, a tab or a carriage return is a formula to
 * Excel and LibreOffice (OWASP "CSV injection"). Such a value is written with a leading
 * apostrophe, which spreadsheets show as text and do not display.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
