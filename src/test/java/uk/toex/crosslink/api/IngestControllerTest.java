package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import uk.toex.crosslink.ingest.ZipBatch;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.TestNeo4j;
import uk.toex.crosslink.support.Tokens;

@CrosslinkTest
class IngestControllerTest {

    static final String MANIFEST = "{\"force\":\"BEDFORDSHIRE\",\"system\":\"ATHENA\",\"extracted\":\"2023-01-31\"}";

    @Autowired
    TestRestTemplate http;

    @Autowired
    Tokens tokens;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void clear() {
        TestNeo4j.clear();
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    ResponseEntity<String> post(byte[] body) {
        return post(body, tokens.admin());
    }

    ResponseEntity<String> post(byte[] body, String token) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("batch", new ByteArrayResource(body) {
            @Override
            public String getFilename() {
                return "batch.zip";
            }
        });
        return http.postForEntity("/ingest", new HttpEntity<>(parts, headers(token)), String.class);
    }

    static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("X-Purpose", "monthly extract from Bedfordshire");
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return headers;
    }

    @Test
    void loadsAZippedBatchFolderAndAnswersWithTheReport() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("bedfordshire-2023-01/", "");
        entries.put("bedfordshire-2023-01/manifest.json", MANIFEST);
        entries.put("bedfordshire-2023-01/persons.csv", "record_id,given_names,dob\nB1,Anna,1984\nB2,Bob,soon\n");

        ResponseEntity<String> response = post(zip(entries));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isNotNull()
                .satisfies(t -> assertThat(t.isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue());
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.get("accepted").asLong()).isEqualTo(1);
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        Path rejects = Path.of(report.get("rejectFile").asText());
        assertThat(rejects).exists();
        assertThat(Files.readString(rejects)).contains("B2,Bob,soon");
        Files.delete(rejects);
        Long loaded = TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (r:PersonRecord {key:'BEDFORDSHIRE/ATHENA/B1'}) RETURN count(r) AS n", Map.of(),
                r -> (Long) r.next().get("n"));
        assertThat(loaded).isEqualTo(1L);
    }

    @Test
    void acceptsTheFilesAtTheZipRootToo() throws IOException {
        ResponseEntity<String> response = post(zip(Map.of("manifest.json", MANIFEST, "ocgs.csv", "record_id,name\nG1,Crew\n")));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(response.getBody()).get("files").get("ocgs.csv").get("accepted").asLong()).isEqualTo(1);
    }

    @Test
    void refusesUnsafeOrUnusableUploadsWithAClearJsonError() throws IOException {
        assertError(post(zip(Map.of("manifest.json", MANIFEST, "../../evil.csv", "x"))), "points outside the batch folder");
        assertError(post("definitely not a zip".getBytes(StandardCharsets.UTF_8)), "not a zip");
        assertError(post(zip(Map.of("persons.csv", "record_id\n"))), "no manifest.json");
        assertError(post(zip(Map.of("manifest.json", "{\"force\":\"x\"}"))), "field force");
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i <= ZipBatch.MAX_ENTRIES; i++) {
            many.put("f" + i + ".txt", "x");
        }
        assertError(post(zip(many)), "more than " + ZipBatch.MAX_ENTRIES + " entries");

        LinkedMultiValueMap<String, Object> wrongPart = new LinkedMultiValueMap<>();
        wrongPart.add("file", "x");
        assertError(http.postForEntity("/ingest", new HttpEntity<>(wrongPart, headers(tokens.admin())), String.class),
                "part 'batch'");
        assertThat(audited()).contains("denied [BAD_ZIP]", "denied [BATCH_REFUSED]");
    }

    @Test
    void onlyAdminsMayPushBatchesAndEachUploadIsAudited() throws IOException {
        byte[] batch = zip(Map.of("manifest.json", MANIFEST, "ocgs.csv", "record_id,name\nG1,Crew\n"));

        assertThat(post(batch, null).getStatusCode().value()).isEqualTo(401);
        assertThat(post(batch, tokens.analyst("BEDFORDSHIRE")).getStatusCode().value()).isEqualTo(403);
        assertThat(post(batch, tokens.admin()).getStatusCode().value()).isEqualTo(200);

        assertThat(audited()).containsExactly("ok []");
    }

    /** Outcome and errors of the audit events of POST /ingest by the admin. */
    static java.util.List<String> audited() {
        return TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (e:AuditEvent {operation: 'POST /ingest', subject: 'admin'}) RETURN e.outcome AS o, e.errors AS errs ORDER BY e.at",
                Map.of(), r -> r.stream().map(row -> row.get("o") + " " + java.util.Arrays.toString((String[]) row.get("errs"))).toList());
    }

    @Test
    void theAuditEventOfAPushSaysWhoWhyWhichBatchAndItsCountsWithoutRowContentOrWhyItWasRefused() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("manifest.json", MANIFEST);
        entries.put("persons.csv", "record_id,given_names,dob\nB1,Anna,1984\nB2,Bob,soon\n");
        JsonNode report = json.readTree(post(zip(entries)).getBody());
        post("not a zip".getBytes(StandardCharsets.UTF_8));

        List<Map<String, Object>> events = TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (e:AuditEvent {operation: 'POST /ingest'}) RETURN e.subject AS subject, e.channel AS channel,"
                        + " e.purpose AS purpose, e.outcome AS outcome, e.variables AS variables,"
                        + " size(e.errors) AS errorCount, e.errors[0] AS error ORDER BY e.at", Map.of(), r -> r.stream().toList());
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e).containsEntry("subject", "admin")
                .containsEntry("channel", "http").containsEntry("purpose", "monthly extract from Bedfordshire"));
        JsonNode summary = json.readTree((String) events.get(0).get("variables"));
        assertThat(events.get(0)).containsEntry("outcome", "ok");
        assertThat(summary.get("batchId").asText()).isEqualTo(report.get("batchId").asText());
        assertThat(summary.get("force").asText()).isEqualTo("BEDFORDSHIRE");
        assertThat(summary.get("accepted").asLong()).isEqualTo(1);
        assertThat(summary.get("rejected").asLong()).isEqualTo(1);
        assertThat(summary.toString()).doesNotContain("Anna", "soon");
        assertThat(events.get(1)).containsEntry("outcome", "denied").containsEntry("errorCount", 1L).containsEntry("error", "BAD_ZIP");
    }

    void assertError(ResponseEntity<String> response, String message) throws IOException {
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(response.getBody()).get("error").asText()).contains(message);
    }
}
