package uk.toex.crosslink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectFileTest {

    @TempDir
    Path temp;

    @Test
    void fallsBackToTheDataDirWhenTheBatchFolderCannotBeWritten() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("batch-on-read-only-media"), "x");
        Path fallback = temp.resolve("data/rejects");

        try (RejectFile file = new RejectFile(notAFolder, fallback, "B1")) {
            file.write(new Rejection("persons.csv", 7, "dob", "not a valid date", "P1,\"a,b\",1984-13-01"));
            assertThat(file.path()).isEqualTo(fallback.resolve("rejects-B1.csv"));
        }
        assertThat(Files.readString(fallback.resolve("rejects-B1.csv")))
                .isEqualTo("file,line,column,reason,raw\npersons.csv,7,dob,not a valid date,\"P1,\"\"a,b\"\",1984-13-01\"\n");
    }

    @Test
    void isNotCreatedWhenNothingIsRejected() {
        try (RejectFile file = new RejectFile(temp, null, "B2")) {
            assertThat(file.path()).isNull();
        }
        assertThat(temp.resolve("rejects-B2.csv")).doesNotExist();
    }

    @Test
    void isReadableByItsOwnerOnlyAndRunsNoFormulaWhenOpenedInASpreadsheet() throws IOException {
        try (RejectFile file = new RejectFile(temp, null, "B3")) {
            file.write(new Rejection("persons.csv", 2, "dob", "not a valid date", "=HYPERLINK(\"http://x.test\"),Bob,soon"));
            file.write(new Rejection("persons.csv", 3, "dob", "not a valid date", "@SUM(A1),Ann,later"));
            file.write(new Rejection("persons.csv", 4, "dob", "not a valid date", "P4,-2+3,soon"));
        }
        Path written = temp.resolve("rejects-B3.csv");

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
                .isEqualTo("rw-------");
        assertThat(Files.readAllLines(written)).containsExactly("file,line,column,reason,raw",
                "persons.csv,2,dob,not a valid date,\"'=HYPERLINK(\"\"http://x.test\"\"),Bob,soon\"",
                "persons.csv,3,dob,not a valid date,\"'@SUM(A1),Ann,later\"",
                "persons.csv,4,dob,not a valid date,\"P4,-2+3,soon\"");
    }
}
