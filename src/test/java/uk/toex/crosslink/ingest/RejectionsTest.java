package uk.toex.crosslink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.support.CrosslinkTest;

@CrosslinkTest
class RejectionsTest extends IngestStoreTest {

    @Test
    void rejectsEachBadRowWithFileLineColumnAndReasonAndLoadsTheRest() throws IOException {
        Path dir = BatchFolder.norfolk(temp.resolve("bad"), "2023-01-31")
                .csv("persons.csv", "record_id,given_names,dob,gender,id_documents,handling",
                        "P1,Good,1984-03-07,M,PASSPORT:123,P",   // 2 ok
                        ",No Id,,,,",                             // 3 missing record_id
                        "P1,Twice,,,,",                           // 4 duplicate
                        "P2,Bad Dob,1984-02-30,,,",               // 5 not a date
                        "P3,Bad Gender,,Male,,",                  // 6 gender
                        "P4,Bad Doc,,,VISA:123,",                 // 7 document type
                        "P5,Bad Handling,,,,Q",                   // 8 handling
                        "P6,O\"Brien,,,,",                        // 9 stray quote
                        "P7,Short",                               // 10 column count
                        "P8,Good Too,1990,F,,")                   // 11 ok
                .csv("addresses.csv", "record_id,line1,line2,town,postcode,country",
                        "A1,1 Mill Lane,,,NR1 1AA,", "A2,,,,,GB")
                .csv("adverts.csv", "record_id,posted_at,image_hashes",
                        "AD1,2021-12-03T14:05:00,", "AD2,2021-12-03T14:05:00Z,zz99", "AD3,2021-12-03T14:05:00+01:00,ab")
                .csv("ocgs.csv", "record_id,status,mapped_on", "G1,ACTIVE,", "G2,DORMANT,", "G3,,2022-13-01")
                .csv("operations.csv", "record_id,status,opened", "O1,OPEN,", "O2,PAUSED,", "O3,,1st May")
                .csv("offences.csv", "record_id,person_record_id,involvement,gravity",
                        "F1,P1,VICTIM,10", "F2,P1,,11", "F3,P1,,high", "F4,P1,BYSTANDER,", "F5,P2,,", "F6,NOBODY,,")
                .csv("person_addresses.csv", "person_record_id,address_record_id,relation,from",
                        "P1,A1,HOME,2020-01-01", "P1,A1,HOME,2020-01-01", "P9,A1,,", "P1,A2,,", "P1,A1,CASTLE,", "P8,A1,WORK,2020")
                .csv("ocg_members.csv", "ocg_record_id,person_record_id,role", "G1,P1,MEMBER", "G2,P1,", "G1,P8,BOSS")
                .csv("operation_subjects.csv", "operation_record_id,subject_record_id,subject_kind,role",
                        "O1,P1,PERSON,SUSPECT", "O1,P1,OCG,", "O1,G1,,", "O1,A1,BUILDING,", "O9,P1,PERSON,")
                .csv("calls.csv", "from_number,to_number,started_at,duration_s,kind",
                        "07700900123,07700900124,2022-01-01T10:00:00Z,60,CALL", "07700900123,07700900124,,1.5,",
                        "07700900123,07700900124,,-3,", "07700900123,07700900124,,,FAX", "unknown,07700900124,,,",
                        "07700900123,,,,", "07700900123,07700900124,yesterday,,")
                .path();

        IngestReport report = ingest.ingest(dir);

        assertThat(report.rejections()).extracting(Rejection::file, Rejection::line, Rejection::column).containsExactly(
                tuple("persons.csv", 3, "record_id"), tuple("persons.csv", 4, "record_id"),
                tuple("persons.csv", 5, "dob"), tuple("persons.csv", 6, "gender"),
                tuple("persons.csv", 7, "id_documents"), tuple("persons.csv", 8, "handling"),
                tuple("persons.csv", 9, "given_names"), tuple("persons.csv", 10, null),
                tuple("addresses.csv", 3, "line1"),
                tuple("adverts.csv", 2, "posted_at"), tuple("adverts.csv", 3, "image_hashes"),
                tuple("ocgs.csv", 3, "status"), tuple("ocgs.csv", 4, "mapped_on"),
                tuple("operations.csv", 3, "status"), tuple("operations.csv", 4, "opened"),
                tuple("offences.csv", 3, "gravity"), tuple("offences.csv", 4, "gravity"),
                tuple("offences.csv", 5, "involvement"), tuple("offences.csv", 6, "person_record_id"),
                tuple("offences.csv", 7, "person_record_id"),
                tuple("person_addresses.csv", 3, null), tuple("person_addresses.csv", 4, "person_record_id"),
                tuple("person_addresses.csv", 5, "address_record_id"), tuple("person_addresses.csv", 6, "relation"),
                tuple("person_addresses.csv", 7, "from"),
                tuple("ocg_members.csv", 3, "ocg_record_id"), tuple("ocg_members.csv", 4, "role"),
                tuple("operation_subjects.csv", 3, "subject_record_id"),
                tuple("operation_subjects.csv", 4, "subject_kind"), tuple("operation_subjects.csv", 5, "subject_kind"),
                tuple("operation_subjects.csv", 6, "operation_record_id"),
                tuple("calls.csv", 3, "duration_s"), tuple("calls.csv", 4, "duration_s"), tuple("calls.csv", 5, "kind"),
                tuple("calls.csv", 6, "from_number"), tuple("calls.csv", 7, "to_number"),
                tuple("calls.csv", 8, "started_at"));
        assertThat(report.rejections()).extracting(Rejection::reason).containsSubsequence(
                "required value is missing", "duplicate record_id: already on line 2",
                "not a valid date of birth (YYYY-MM-DD, YYYY-MM or YYYY)", "must be one of F, M, X",
                "each document must be TYPE:NUMBER with TYPE one of PASSPORT, NATIONAL_ID, DRIVING_LICENCE, NINO, PNC, OTHER",
                "must be one of C, P", "malformed CSV: stray quote inside an unquoted field (column given_names)",
                "malformed CSV: expected 6 columns, found 2",
                "an address needs at least one of line1, line2, town or postcode",
                "timestamp has no Z or UTC offset", "each image hash must be hexadecimal",
                "must be one of ACTIVE, ARCHIVED, DISRUPTED", "not a valid date in the batch format YYYY-MM-DD",
                "must be one of CLOSED, OPEN", "not a valid date in the batch format YYYY-MM-DD",
                "must be a whole number from 1 to 10", "must be a whole number from 1 to 10",
                "must be one of SUSPECT, VICTIM, WITNESS",
                "record_id P2 is not an accepted row of persons.csv in this batch",
                "record_id NOBODY is not an accepted row of persons.csv in this batch",
                "duplicate link: same person_record_id, address_record_id, relation, from as line 2",
                "record_id P9 is not an accepted row of persons.csv in this batch",
                "record_id A2 is not an accepted row of addresses.csv in this batch",
                "must be one of BROTHEL, HOME, OTHER, SEEN_AT, WORK",
                "not a valid date in the batch format YYYY-MM-DD",
                "record_id G2 is not an accepted row of ocgs.csv in this batch",
                "must be one of ASSOCIATE, FACILITATOR, MEMBER, PRINCIPAL",
                "record_id P1 is not an accepted row of ocgs.csv in this batch", "required value is missing",
                "must be one of ADDRESS, ADVERT, OCG, PERSON",
                "record_id O9 is not an accepted row of operations.csv in this batch",
                "must be a whole number of seconds, 0 or more", "must be a whole number of seconds, 0 or more",
                "must be one of CALL, SMS", "not a phone number: it has no digits", "required value is missing",
                "not an ISO 8601 timestamp like 2021-12-03T14:05:00Z");

        assertThat(report.rejected()).isEqualTo(37);
        assertThat(report.file("persons.csv")).satisfies(f -> {
            assertThat(f.rows()).isEqualTo(10);
            assertThat(f.accepted()).isEqualTo(2);
            assertThat(f.rejected()).isEqualTo(8);
        });
        assertThat(report.file("calls.csv").accepted()).isEqualTo(1);
        assertThat(report.accepted() + report.rejected()).isEqualTo(report.rows());
        assertThat(store.count("MATCH (r:PersonRecord) RETURN count(r)")).isEqualTo(2);
        assertThat(store.count("MATCH (:PersonRecord {recordId:'P1'})-[:AT_ADDRESS {source:'person_addresses'}]->() RETURN count(*)")).isEqualTo(1);
        assertThat(store.count("MATCH (b:Batch {rejected: 37}) RETURN count(b)")).isEqualTo(1);

        Path rejectFile = Path.of(report.rejectFile());
        assertThat(rejectFile.getParent()).isEqualTo(dir);
        assertThat(rejectFile.getFileName().toString()).isEqualTo("rejects-" + report.batchId() + ".csv");
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(rejectFile, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(rows).hasSize(37);
        assertThat(rows.get(6).toMap()).containsEntry("file", "persons.csv").containsEntry("line", "9")
                .containsEntry("column", "given_names").containsEntry("raw", "P6,O\"Brien,,,,");
        assertThat(rows.get(1).get("raw")).isEqualTo("P1,Twice,,,,");
    }

    @Test
    void aFileWhoseHeaderLacksARequiredColumnHasEveryRowRejected() {
        IngestReport report = ingest.ingest(BatchFolder.norfolk(temp.resolve("h"), "2023-01-31")
                .csv("persons.csv", "id,given_names", "P1,A", "P2,B").path());

        assertThat(report.file("persons.csv").rejected()).isEqualTo(2);
        assertThat(report.rejections()).extracting(Rejection::reason)
                .containsOnly("file not loaded: the header has no record_id column");
    }

    @Test
    void writesTheRejectFileWhereTheCallerAsks() throws IOException {
        Path dir = BatchFolder.norfolk(temp.resolve("ro"), "2023-01-31").csv("persons.csv", "record_id,gender", "P1,Q").path();
        Path rejectDir = temp.resolve("elsewhere");

        IngestReport report = ingest.ingest(dir, new IngestOptions(IngestProgress.NONE, rejectDir, "dir"));

        assertThat(Path.of(report.rejectFile()).getParent()).isEqualTo(rejectDir);
        assertThat(Files.readString(Path.of(report.rejectFile()))).contains("persons.csv,2,gender,\"must be one of F, M, X\",\"P1,Q\"");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("rejects-"));
        }
    }
}
