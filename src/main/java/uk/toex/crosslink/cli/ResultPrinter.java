package uk.toex.crosslink.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.toex.crosslink.investigations.InvestigationResult;

/** Prints an investigation's rows: JSON, one object per line; or CSV with a header of the columns. */
final class ResultPrinter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultPrinter() {
    }

    static void print(InvestigationResult result, String format, PrintWriter out) {
        try {
            if (format.equals("csv")) {
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                        .setHeader(result.columns().toArray(String[]::new)).get());
                for (Map<String, Object> row : result.rows()) {
                    for (String column : result.columns()) {
                        csv.print(cell(row.get(column)));
                    }
                    csv.println();
                }
                csv.flush();
            } else {
                for (Map<String, Object> row : result.rows()) {
                    out.println(JSON.writeValueAsString(row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text, numbers and booleans as they are; nodes, lists and maps as JSON. */
    private static Object cell(Object value) throws JsonProcessingException {
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                ? value : JSON.writeValueAsString(value);
    }
}
