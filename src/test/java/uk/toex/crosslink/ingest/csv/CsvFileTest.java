package uk.toex.crosslink.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.toex.crosslink.ingest.Rejection;

class CsvFileTest {

    static final Set<String> KNOWN = Set.of("record_id", "name", "note");

    @TempDir
    Path dir;

    record Read(List<CsvRow> rows, List<Rejection> rejections) {
    }

    Read read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    Read read(byte[] content) throws IOException {
        Path file = dir.resolve("persons.csv");
        Files.write(file, content);
        List<CsvRow> rows = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, KNOWN)) {
            CsvRow row;
            while ((row = csv.next(rejections::add)) != null) {
                rows.add(row);
            }
        }
        return new Read(rows, rejections);
    }

    @Test
    void readsBomCrlfAndHeadersInAnyCaseAndOrder() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "NAME,Record_ID\r\nIvanov,1\r\nИванов,2\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);

        Read read = read(all);

        assertThat(read.rejections()).isEmpty();
        assertThat(read.rows()).extracting(r -> r.value("record_id")).containsExactly("1", "2");
        assertThat(read.rows()).extracting(r -> r.value("name")).containsExactly("Ivanov", "Иванов");
        assertThat(read.rows()).extracting(CsvRow::line).containsExactly(2, 3);
    }

    @Test
    void keepsQuotedCommasLineBreaksAndQuotesAndCountsPhysicalLines() throws IOException {
        Read read = read("record_id,name,note\n"
                + "1,\"Lakatos, Attila\",\"said \"\"hi\"\"\nthen left\"\n"
                + "2,Anna,\r\n");

        assertThat(read.rejections()).isEmpty();
        assertThat(read.rows().get(0).value("name")).isEqualTo("Lakatos, Attila");
        assertThat(read.rows().get(0).value("note")).isEqualTo("said \"hi\"\nthen left");
        assertThat(read.rows().get(1).line()).isEqualTo(4);
        assertThat(read.rows().get(1).value("note")).isNull();
    }

    @Test
    void aStrayQuoteCostsOnlyItsOwnLine() throws IOException {
        Read read = read("record_id,name,note\n"
                + "1,O\"Brien,x\n"
                + "2,Anna,y\n"
                + "3,\"Bob,z\n"
                + "4,Cara,w\n");

        assertThat(read.rows()).extracting(r -> r.value("record_id")).containsExactly("2", "4");
        assertThat(read.rejections()).extracting(Rejection::line).containsExactly(2, 4);
        assertThat(read.rejections().get(0).reason()).contains("stray quote");
        assertThat(read.rejections().get(0).raw()).isEqualTo("1,O\"Brien,x");
        assertThat(read.rejections().get(1).raw()).isEqualTo("3,\"Bob,z");
        assertThat(read.rows().get(1).line()).isEqualTo(5);
    }

    @Test
    void rejectsWrongColumnCountsAndCharactersAfterClosingQuotes() throws IOException {
        Read read = read("record_id,name,note\n1,Anna\n2,\"Bob\"x,y\n3,Cara,z,extra\n4,Dan,ok\n");

        assertThat(read.rows()).extracting(r -> r.value("record_id")).containsExactly("4");
        assertThat(read.rejections()).extracting(Rejection::line).containsExactly(2, 3, 4);
        assertThat(read.rejections().get(0).reason()).contains("expected 3 columns, found 2");
        assertThat(read.rejections().get(1).reason()).contains("after a closing quote");
        assertThat(read.rejections().get(1).column()).isEqualTo("name");
        assertThat(read.rejections().get(2).reason()).contains("found 4");
    }

    @Test
    void anUnclosedQuoteAtTheEndRejectsOnlyThatLine() throws IOException {
        Read read = read("record_id,name,note\n1,Anna,x\n2,\"Bob,y\n3,Cara,z\n");

        assertThat(read.rows()).extracting(r -> r.value("record_id")).containsExactly("1", "3");
        assertThat(read.rejections()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(3));
    }

    @Test
    void skipsBlankLinesButKeepsLineNumbersTrue() throws IOException {
        Read read = read("record_id,name,note\n\n1,Anna,x\n\n\n2,Bob,y");

        assertThat(read.rows()).extracting(CsvRow::line).containsExactly(3, 6);
    }

    @Test
    void keepsUnknownColumnsAsExtrasNamedAsReceived() throws IOException {
        Read read = read("record_id,name,note,Custody Ref,\"x\"\") RETURN 1 //\",\n1,Anna,,C-9,v,last\n");

        assertThat(read.rows().get(0).extras()).containsEntry("extra.Custody Ref", "C-9")
                .containsEntry("extra.x\") RETURN 1 //", "v").containsEntry("extra.column6", "last");
    }

    @Test
    void aDuplicateOrMissingHeaderRejectsEveryRowWithTheReason() throws IOException {
        Read read = read("record_id,name,NAME\n1,a,b\n2,c,d\n");

        assertThat(read.rows()).isEmpty();
        assertThat(read.rejections()).hasSize(2)
                .allSatisfy(r -> assertThat(r.reason()).isEqualTo("file not loaded: duplicate column NAME in the header"));
    }

    @Test
    void rejectsRowsThatAreNotValidUtf8() throws IOException {
        byte[] bad = "record_id,name,note\n1,\u00e9,x\n2,ok,y\n".getBytes(StandardCharsets.ISO_8859_1);

        Read read = read(bad);

        assertThat(read.rows()).extracting(r -> r.value("record_id")).containsExactly("2");
        assertThat(read.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("not valid UTF-8"));
    }
}
