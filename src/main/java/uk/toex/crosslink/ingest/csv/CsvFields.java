package uk.toex.crosslink.ingest.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one logical record into fields, strictly per RFC 4180: a quote may only open a field,
 * close it, or be doubled inside it. Strictness is what lets {@link CsvRecordReader} notice a
 * stray quote and recover from it instead of loading garbage.
 */
final class CsvFields {

    private CsvFields() {
    }

    static String[] split(String text) throws MalformedCsvException {
        List<String> fields = new ArrayList<>(16);
        StringBuilder field = new StringBuilder(32);
        int n = text.length();
        int i = 0;
        while (true) {
            field.setLength(0);
            int number = fields.size() + 1;
            if (i < n && text.charAt(i) == '"') {
                i = quoted(text, i + 1, field, number);
                if (i < n && text.charAt(i) != ',') {
                    throw new MalformedCsvException(number, "unexpected character after a closing quote");
                }
            } else {
                while (i < n && text.charAt(i) != ',') {
                    char c = text.charAt(i);
                    if (c == '"') {
                        throw new MalformedCsvException(number, "stray quote inside an unquoted field");
                    }
                    if (c == '\n' || c == '\r') {
                        throw new MalformedCsvException(number, "line break inside an unquoted field");
                    }
                    field.append(c);
                    i++;
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields.toArray(String[]::new);
            }
            i++; // the comma
        }
    }

    private static int quoted(String text, int i, StringBuilder field, int number) throws MalformedCsvException {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            field.append(c);
            i++;
        }
        throw new MalformedCsvException(number, "unclosed quote");
    }
}
