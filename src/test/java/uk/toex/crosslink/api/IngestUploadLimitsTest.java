package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.TestNeo4j;
import uk.toex.crosslink.support.Tokens;

/**
 * {@code POST /ingest} at the edges of its resources, in a service of its own: its data folder
 * holds what a killed service left in the upload folder before it starts, and its upload limit
 * is 1 MB so that an over-size upload is cheap to send.
 */
@CrosslinkTest
@TestPropertySource(properties = {
        "crosslink.data-dir=" + IngestUploadLimitsTest.DATA_DIR,
        "spring.servlet.multipart.max-file-size=1MB",
        "spring.servlet.multipart.max-request-size=1MB"})
class IngestUploadLimitsTest {

    static final String DATA_DIR = "target/test-data-upload-limits";

    /** A killed service's half-unpacked upload, there before this class's service starts. */
    static final Path LEFTOVER = Path.of(DATA_DIR, "uploads", "batch-4711", "persons.csv");

    static {
        try {
            Files.createDirectories(LEFTOVER.getParent());
            Files.writeString(LEFTOVER, "record_id,given_names\nB1,Anna\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    Tokens tokens;

    @Test
    void whatAKilledServiceLeftInTheUploadFolderIsGoneOnceItStarts() throws IOException {
        Path uploads = LEFTOVER.getParent().getParent();
        assertThat(LEFTOVER.getParent()).doesNotExist();
        assertThat(uploads).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads))).isEqualTo("rwx------");
    }

    @Test
    void anUploadOverTheSizeLimitGets413WithAJsonErrorAndIsAudited() throws IOException {
        TestNeo4j.clear();
        byte[] tooBig = new byte[3 * 1024 * 1024]; // past Tomcat's 2 MB of unread body it will swallow
        java.util.Arrays.fill(tooBig, (byte) 'x');
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("batch", new ByteArrayResource(tooBig) {
            @Override
            public String getFilename() {
                return "batch.zip";
            }
        });

        ResponseEntity<String> response = http.postForEntity("/ingest",
                new HttpEntity<>(parts, IngestControllerTest.headers(tokens.admin())), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(response.getHeaders().getContentType()).isNotNull()
                .satisfies(t -> assertThat(t.isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue());
        assertThat(new ObjectMapper().readTree(response.getBody()).get("error").asText()).contains("larger than allowed");
        List<String> events = TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (e:AuditEvent {operation: 'POST /ingest'}) RETURN e.subject + ' ' + e.outcome + ' ' + e.errors[0] AS e",
                Map.of(), r -> r.stream().map(row -> (String) row.get("e")).toList());
        assertThat(events).containsExactly("admin denied TOO_LARGE");
    }
}
