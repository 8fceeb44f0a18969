package uk.toex.crosslink.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.toex.crosslink.security.MatrixWorld.Container;
import uk.toex.crosslink.security.MatrixWorld.Rec;

/**
 * {@link MatrixWorld} as the canonical ingest format (shared/contract/ingest-format.md): one batch
 * folder per force. Handling comes both ways the contract allows: the manifest's default (NORFOLK C,
 * SUFFOLK P) and a per-row {@code handling} column on the rows that differ from it.
 */
final class MatrixBatches {

    private MatrixBatches() {
    }

    /** Writes one batch folder per force under {@code root}; returns the folders. */
    static List<Path> write(Path root) {
        return write(root, (dir, force) -> { });
    }

    /** As {@link #write(Path)}, then lets {@code more} add files of its own to each force's batch folder. */
    static List<Path> write(Path root, BiConsumer<Path, String> more) {
        List<Path> dirs = new ArrayList<>();
        for (String force : MatrixWorld.FORCES) {
            Path dir = root.resolve(force.toLowerCase(java.util.Locale.ROOT));
            write(dir, force);
            more.accept(dir, force);
            dirs.add(dir);
        }
        return dirs;
    }

    private static void write(Path dir, String force) {
        List<Rec> records = MatrixWorld.RECORDS.stream().filter(r -> r.force().equals(force)).toList();
        List<Container> containers = MatrixWorld.CONTAINERS.stream().filter(c -> c.force().equals(force)).toList();
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("manifest.json"), "{\"force\": \"" + force + "\", \"system\": \""
                    + MatrixWorld.systemOf(force) + "\", \"extracted\": \"2024-05-01\", \"handling\": \""
                    + MatrixWorld.manifestHandling(force) + "\"}");
            csv(dir, "persons.csv", List.of("record_id", "given_names", "family_name", "aliases", "dob", "gender",
                    "nationality", "phones", "emails", "address", "postcode", "id_documents", "flags", "handling",
                    "nickname"), records.stream().map(r -> List.of(r.recordId(), r.givenNames(), r.familyName(),
                    join(r.aliases()), r.dob(), "X", "GB", MatrixWorld.PHONE_AS_RECORDED, join(r.emails()),
                    MatrixWorld.ADDRESS_LINE, MatrixWorld.POSTCODE, join(r.idDocuments()), join(r.flags()),
                    handling(force, r.handling()), r.nickname())).toList());
            csv(dir, "ocgs.csv", List.of("record_id", "name", "threat_types", "status", "handling"),
                    of(containers, "OrganisedCrimeGroup").stream().map(c -> List.of(c.recordId(), c.name(), "MSHT",
                            "ACTIVE", handling(force, c.handling()))).toList());
            csv(dir, "operations.csv", List.of("record_id", "name", "status", "threat_types", "handling"),
                    of(containers, "Operation").stream().map(c -> List.of(c.recordId(), c.name(), "OPEN", "MSHT",
                            handling(force, c.handling()))).toList());
            csv(dir, "adverts.csv", List.of("record_id", "site", "title", "phones", "handling"),
                    of(containers, "Advert").stream().map(c -> List.of(c.recordId(), "example-escorts.test", c.name(),
                            MatrixWorld.PHONE_AS_RECORDED, handling(force, c.handling()))).toList());
            // every record of the force is a member of each of its groups and a subject of each of its operations
            csv(dir, "ocg_members.csv", List.of("ocg_record_id", "person_record_id", "role"),
                    of(containers, "OrganisedCrimeGroup").stream().flatMap(c -> records.stream()
                            .map(r -> List.of(c.recordId(), r.recordId(), "MEMBER"))).toList());
            csv(dir, "operation_subjects.csv", List.of("operation_record_id", "subject_record_id", "subject_kind", "role"),
                    of(containers, "Operation").stream().flatMap(c -> records.stream()
                            .map(r -> List.of(c.recordId(), r.recordId(), "PERSON", "SUSPECT"))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty (the manifest's default applies) unless the row's code differs from it. */
    static String handling(String force, String handling) {
        return Objects.equals(handling, MatrixWorld.manifestHandling(force)) ? "" : handling;
    }

    private static List<Container> of(List<Container> containers, String kind) {
        return containers.stream().filter(c -> c.kind().equals(kind)).toList();
    }

    private static String join(List<String> values) {
        return String.join("|", values);
    }

    static void csv(Path dir, String name, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
             CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
