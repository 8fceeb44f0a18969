package uk.toex.crosslink.ingest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic batch of N person rows (fixed seed) for the ingest benchmark: mixed scripts,
 * partial dates of birth, one or two phones, some emails, addresses with UK postcodes, documents
 * and flags, so parsing and normalisation cost what real rows cost.
 * Usage: {@code PersonsCsvBatch DIR ROWS}.
 */
public final class PersonsCsvBatch {

    private static final String[] GIVEN = {"Attila", "Anna", "Ivan", "Maria", "John", "Aisha", "Piotr", "Elena",
            "Иван", "Мария", "Zoltán", "Ioana", "Mohammed", "Sarah", "Tomasz", "Olena"};
    private static final String[] FAMILY = {"Lakatos", "Smith", "Ivanov", "Kowalski", "Nagy", "Popescu", "Khan",
            "Иванов", "Petrova", "Horváth", "Jones", "Wiśniewski", "Shevchenko", "Brown"};
    private static final String[] STREETS = {"Salhouse Road", "King Street", "Mill Lane", "Church Road", "High St",
            "Station Rd", "Prince of Wales Road", "Magdalen Street"};
    private static final String[] TOWNS = {"Norwich", "Ipswich", "Luton", "Cambridge", "Chelmsford", "Maidstone"};
    private static final String[] AREAS = {"NR", "IP", "LU", "CB", "CM", "ME"};
    private static final String[] FLAGS = {"VICTIM", "SUSPECT", "MISSING", "VISOR", "SAFEGUARDING_REFERRAL"};

    private PersonsCsvBatch() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"),
                "{\"force\":\"NORFOLK\",\"system\":\"BENCH\",\"extracted\":\"2024-01-31\",\"handling\":\"P\"}");
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("persons.csv"), StandardCharsets.UTF_8)) {
            out.write("record_id,given_names,family_name,aliases,dob,gender,nationality,phones,emails,address,"
                    + "postcode,id_documents,flags\n");
            for (int i = 0; i < rows; i++) {
                out.write(row(i, random));
                out.write('\n');
            }
        }
    }

    private static String row(int i, Random r) {
        String given = pick(GIVEN, r);
        String family = pick(FAMILY, r);
        int town = r.nextInt(TOWNS.length);
        String phones = "0770" + (1000000 + r.nextInt(8999999))
                + (r.nextInt(3) == 0 ? "|+44 7700 " + (100000 + r.nextInt(899999)) : "");
        String email = r.nextInt(2) == 0 ? given.toLowerCase() + i + "@example.com" : "";
        String dob = switch (r.nextInt(10)) {
            case 0 -> String.valueOf(1950 + r.nextInt(55));
            case 1 -> String.format("%d-%02d", 1950 + r.nextInt(55), 1 + r.nextInt(12));
            default -> String.format("%d-%02d-%02d", 1950 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28));
        };
        String address = "\"" + (1 + r.nextInt(200)) + " " + pick(STREETS, r) + ", " + TOWNS[town] + "\"";
        String postcode = AREAS[town] + (1 + r.nextInt(30)) + " " + r.nextInt(10) + (char) ('A' + r.nextInt(26))
                + (char) ('A' + r.nextInt(26));
        String docs = r.nextInt(4) == 0 ? "PASSPORT:" + (100000000 + r.nextInt(899999999)) : "";
        String flags = r.nextInt(3) == 0 ? pick(FLAGS, r) : "";
        return String.join(",", "R" + i, given, family, r.nextInt(5) == 0 ? family + " " + given : "", dob,
                r.nextBoolean() ? "M" : "F", "GB", phones, email, address, postcode, docs, flags);
    }

    private static String pick(String[] values, Random r) {
        return values[r.nextInt(values.length)];
    }
}
