package uk.toex.crosslink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.resolution.service.PersonRecordsIngested;
import uk.toex.crosslink.support.CrosslinkTest;

@CrosslinkTest
class IngestServiceTest extends IngestStoreTest {

    static BatchFolder everyFile(Path dir) {
        return BatchFolder.norfolk(dir, "2023-01-31")
                .csv("persons.csv",
                        "record_id,given_names,family_name,aliases,dob,gender,nationality,phones,emails,address,postcode,id_documents,flags",
                        "P1,Attila,Lakatos,Lakatos Attila|LAKATOS Atila,1984-03-07,M,HU,+36 30 123 4567|07700900123,"
                                + "Attila@Example.com,\"12 Salhouse Road, Norwich\",nr12ab,PASSPORT:ab 123-456|NINO:QQ123456C,VICTIM|MISSING",
                        "P2,Иван,Иванов,,1990-05,F,RU,0044 7700 900 123,,,,,SUSPECT")
                .csv("addresses.csv", "record_id,line1,line2,town,postcode,country",
                        "A1,12 Salhouse Rd,,Norwich,NR1 2AB,GB")
                .csv("person_addresses.csv", "person_record_id,address_record_id,relation,from,to",
                        "P2,A1,SEEN_AT,2022-01-01,")
                .csv("adverts.csv", "record_id,site,url,posted_at,title,text,phones,emails,image_hashes,location,postcode",
                        "AD1,vivastreet,https://x.test/1,2021-12-03T14:05:00Z,New in town,call me,07700 900123,,AB12CD|ff00,Norwich,NR1 2AB")
                .csv("ocgs.csv", "record_id,name,threat_types,status,mapped_on", "G1,Red Crew,MSHT|CSE,ACTIVE,2022-06-01")
                .csv("ocg_members.csv", "ocg_record_id,person_record_id,role", "G1,P2,PRINCIPAL")
                .csv("operations.csv", "record_id,name,status,opened,closed,threat_types,lead_officer",
                        "O1,Op Lantern,OPEN,2022-07-01,,MSHT,DS Smith")
                .csv("operation_subjects.csv", "operation_record_id,subject_record_id,subject_kind,role",
                        "O1,P2,PERSON,SUSPECT", "O1,G1,OCG,SUSPECT", "O1,A1,ADDRESS,LOCATION", "O1,AD1,ADVERT,ASSOCIATE")
                .csv("offences.csv", "record_id,person_record_id,involvement,category,ho_code,gravity,committed_on,reported_on,outcome",
                        "F1,P1,VICTIM,MSHT,106/1,8,2022-05-01,2022-05-03,")
                .csv("calls.csv", "from_number,to_number,started_at,duration_s,kind",
                        "07700900123,+36301234567,2022-01-01T10:00:00Z,60,CALL",
                        "07700 900123,+36 30 123 4567,2022-01-02T10:00:00+01:00,,SMS");
    }

    @Test
    void loadsEveryFileKindIntoTheSourceAndResolvedLayers() {
        IngestReport report = ingest.ingest(everyFile(temp.resolve("b1")).path());

        assertThat(report.rejections()).isEmpty();
        assertThat(report.status()).isEqualTo("done");
        assertThat(report.accepted()).isEqualTo(report.rows()).isEqualTo(15);
        assertThat(report.files()).containsOnlyKeys("persons.csv", "addresses.csv", "person_addresses.csv",
                "adverts.csv", "ocgs.csv", "ocg_members.csv", "operations.csv", "operation_subjects.csv",
                "offences.csv", "calls.csv");

        Map<String, Object> p1 = store.record("PersonRecord", "NORFOLK/ATHENA/P1");
        assertThat(p1).containsEntry("givenNames", "Attila").containsEntry("dob", "1984-03-07")
                .containsEntry("aliases", List.of("Lakatos Attila", "LAKATOS Atila"))
                .containsEntry("version", 1L).containsEntry("force", "NORFOLK").containsEntry("recordId", "P1");
        assertThat(store.record("PersonRecord", "NORFOLK/ATHENA/P2")).containsEntry("familyName", "Иванов")
                .containsEntry("dob", "1990-05");
        assertThat(store.rows("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P1'})-[:HAS_PHONE]->(p) RETURN p.e164 AS e ORDER BY e")
                .stream().map(r -> r.get("e").asString())).containsExactly("+36301234567", "+447700900123");
        assertThat(store.count("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P1'})-[:HAS_EMAIL]->(:Email {address:'attila@example.com'}) RETURN count(*)")).isEqualTo(1);
        assertThat(store.count("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P1'})-[:HAS_DOCUMENT]->(d:IdDocument) WHERE d.key IN ['PASSPORT:AB123456','NINO:QQ123456C'] RETURN count(*)")).isEqualTo(2);
        assertThat(store.count("MATCH (:PersonRecord)-[:RESOLVES_TO]->(:Person) RETURN count(*)")).isEqualTo(2);
        // persons.csv home, addresses.csv record and the advert location are one Address
        assertThat(store.count("MATCH (a:Address {key:'NR1 2AB|12 SALHOUSE ROAD'}) RETURN count(a)")).isEqualTo(1);
        assertThat(store.count("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P1'})-[:AT_ADDRESS {relation:'HOME', source:'persons'}]->(:Address {key:'NR1 2AB|12 SALHOUSE ROAD'}) RETURN count(*)")).isEqualTo(1);
        assertThat(store.count("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P2'})-[r:AT_ADDRESS {relation:'SEEN_AT', source:'person_addresses'}]->(:Address)<-[:RESOLVES_TO]-(:AddressRecord {key:'NORFOLK/ATHENA/A1'}) WHERE r.from = date('2022-01-01') RETURN count(*)")).isEqualTo(1);
        assertThat(store.count("MATCH (ad:Advert {key:'NORFOLK/ATHENA/AD1'})-[:ADVERTISES_PHONE]->(:Phone {e164:'+447700900123'}), (ad)-[:HAS_IMAGE]->(:ImageHash {hash:'ab12cd'}), (ad)-[:LOCATED_AT]->(:Address {key:'NR1 2AB|NORWICH'}) RETURN count(*)")).isEqualTo(1);
        assertThat(store.count("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P2'})-[:MEMBER_OF {role:'PRINCIPAL'}]->(g:OrganisedCrimeGroup {key:'NORFOLK/ATHENA/G1'}) WHERE g.mappedOn = date('2022-06-01') AND g.threatTypes = ['MSHT','CSE'] RETURN count(*)")).isEqualTo(1);
        assertThat(store.count("MATCH (:Operation {key:'NORFOLK/ATHENA/O1'})-[s:HAS_SUBJECT]->(t) RETURN count(s)")).isEqualTo(4);
        assertThat(store.count("MATCH (:Operation)-[:HAS_SUBJECT {subjectKind:'ADDRESS'}]->(:Address)<-[:RESOLVES_TO]-(:AddressRecord) RETURN count(*)")).isEqualTo(1);
        assertThat(store.count("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P1'})-[:INVOLVED_IN {involvement:'VICTIM'}]->(o:Offence) WHERE o.gravity = 8 AND o.committedOn = date('2022-05-01') RETURN count(*)")).isEqualTo(1);
        var called = store.rows("MATCH (:Phone {e164:'+447700900123'})-[c:CALLED]->(:Phone {e164:'+36301234567'}) RETURN c").get(0).get("c").asMap();
        assertThat(called).containsEntry("source", "NORFOLK/ATHENA").containsEntry("count", 2L)
                .containsEntry("smsCount", 1L).containsEntry("totalDuration", 60L);
        assertThat(store.count("MATCH (b:Batch {id: '" + report.batchId() + "', status: 'done', accepted: 15})-[:FROM_FORCE]->(:Force {code:'NORFOLK'}) RETURN count(b)")).isEqualTo(1);
        assertThat(store.rows("MATCH (r:SourceRecord) RETURN DISTINCT r.extracted AS e").get(0).get("e").asLocalDate())
                .isEqualTo(LocalDate.of(2023, 1, 31));
    }

    @Test
    void ingestingTheSameBatchTwiceChangesNothing() {
        Path dir = everyFile(temp.resolve("b1")).path();
        ingest.ingest(dir);
        long nodes = store.count("MATCH (n) WHERE NOT n:Batch RETURN count(n)");
        long rels = store.count("MATCH ()-[r]->() WHERE type(r) <> 'FROM_FORCE' RETURN count(r)");

        IngestReport again = ingest.ingest(dir);

        assertThat(again.unchanged()).isEqualTo(again.rows()).isEqualTo(15);
        assertThat(again.files().values()).allSatisfy(f -> {
            assertThat(f.unchanged()).as(f.file()).isEqualTo(f.rows());
            assertThat(f.accepted() + f.updated() + f.rejected()).as(f.file()).isZero();
        });
        assertThat(store.count("MATCH (n) WHERE NOT n:Batch RETURN count(n)")).isEqualTo(nodes);
        assertThat(store.count("MATCH ()-[r]->() WHERE type(r) <> 'FROM_FORCE' RETURN count(r)")).isEqualTo(rels);
    }

    @Test
    void aChangedRecordBecomesANewVersionKeepingTheOldAndRebuildingItsLinks() {
        String header = "record_id,given_names,family_name,phones,address,postcode";
        ingest.ingest(BatchFolder.norfolk(temp.resolve("v1"), "2023-01-31")
                .csv("persons.csv", header, "P1,Attila,Lakatos,07700900123,1 Mill Lane,NR1 1AA", "P2,Anna,Nagy,,,").path());
        String person = store.rows("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P1'})-[:RESOLVES_TO]->(p) RETURN p.id AS id")
                .get(0).get("id").asString();

        IngestReport second = ingest.ingest(BatchFolder.norfolk(temp.resolve("v2"), "2023-02-28")
                .csv("persons.csv", header, "P1,Attila,Lakatos,07700900999,2 Mill Lane,NR1 1AA", "P2,Anna,Nagy,,,").path());

        assertThat(second.file("persons.csv")).satisfies(f -> {
            assertThat(f.updated()).isEqualTo(1);
            assertThat(f.unchanged()).isEqualTo(1);
            assertThat(f.accepted()).isZero();
        });
        Map<String, Object> p1 = store.record("PersonRecord", "NORFOLK/ATHENA/P1");
        assertThat(p1).containsEntry("version", 2L).containsEntry("phones", List.of("07700900999"))
                .containsEntry("batchId", second.batchId()).containsEntry("address", "2 Mill Lane");
        assertThat(p1.get("firstIngestedAt")).isNotEqualTo(p1.get("ingestedAt"));
        var version = store.rows("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P1'})-[:PREVIOUS_VERSION]->(v:RecordVersion) RETURN v")
                .get(0).get("v").asMap();
        assertThat(version).containsEntry("version", 1L).containsEntry("extracted", LocalDate.of(2023, 1, 31));
        assertThat((String) version.get("content")).contains("\"phones\":[\"07700900123\"]").contains("\"address\":\"1 Mill Lane\"");
        assertThat(store.rows("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P1'})-[:HAS_PHONE]->(p) RETURN p.e164 AS e")
                .stream().map(r -> r.get("e").asString())).containsExactly("+447700900999");
        assertThat(store.rows("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P1'})-[:AT_ADDRESS]->(a) RETURN a.key AS k")
                .stream().map(r -> r.get("k").asString())).containsExactly("NR1 1AA|2 MILL LANE");
        assertThat(store.rows("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P1'})-[:RESOLVES_TO]->(p) RETURN p.id AS id")
                .get(0).get("id").asString()).isEqualTo(person);
        assertThat(store.count("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P2'})-[:PREVIOUS_VERSION]->() RETURN count(*)")).isZero();

        IngestReport third = ingest.ingest(BatchFolder.norfolk(temp.resolve("v3"), "2023-03-31")
                .csv("persons.csv", header, "P1,Attila,LAKATOS,07700900999,2 Mill Lane,NR1 1AA").path());
        assertThat(third.updated()).isEqualTo(1);
        assertThat(store.rows("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P1'})-[:PREVIOUS_VERSION]->(v) RETURN v.version AS v ORDER BY v")
                .stream().map(r -> r.get("v").asLong())).containsExactly(1L, 2L);
    }

    @Test
    void tellsResolutionWhichPersonRecordsAreNewOrChanged() {
        var received = new java.util.concurrent.CopyOnWriteArrayList<List<String>>();
        org.springframework.context.ApplicationListener<?> listener =
                org.springframework.context.ApplicationListener.<PersonRecordsIngested>forPayload(e -> received.add(e.recordKeys()));
        multicaster.addApplicationListener(listener);
        try {
            String header = "record_id,given_names";
            ingest.ingest(BatchFolder.norfolk(temp.resolve("e1"), "2023-01-31").csv("persons.csv", header, "P1,A", "P2,B").path());
            ingest.ingest(BatchFolder.norfolk(temp.resolve("e2"), "2023-01-31").csv("persons.csv", header, "P1,A", "P2,C", "P3,D").path());
            ingest.ingest(BatchFolder.norfolk(temp.resolve("e3"), "2023-01-31").csv("persons.csv", header, "P1,A").path());
        } finally {
            multicaster.removeApplicationListener(listener);
        }
        assertThat(received).containsExactly(
                List.of("NORFOLK/ATHENA/P1", "NORFOLK/ATHENA/P2"), List.of("NORFOLK/ATHENA/P2", "NORFOLK/ATHENA/P3"));
    }

    @Autowired
    org.springframework.context.event.ApplicationEventMulticaster multicaster;

    @Test
    void keepsUnknownColumnsAndHostileTextVerbatim() {
        String hostile = "x'}) MATCH (n) DETACH DELETE n // \\ \"; DROP CONSTRAINT person_id";
        IngestReport report = ingest.ingest(BatchFolder.norfolk(temp.resolve("x"), "2023-01-31")
                .csv("persons.csv", "record_id,given_names,Custody Ref,\"a`b}) RETURN 1 //\"",
                        "P1,\"" + hostile.replace("\"", "\"\"") + "\",C/9,\"CREATE (m) \\\"").path());

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.file("persons.csv").extraColumns()).containsExactly("Custody Ref", "a`b}) RETURN 1 //");
        assertThat(store.record("PersonRecord", "NORFOLK/ATHENA/P1")).containsEntry("givenNames", hostile)
                .containsEntry("extra.Custody Ref", "C/9").containsEntry("extra.a`b}) RETURN 1 //", "CREATE (m) \\");
        assertThat(store.count("SHOW CONSTRAINTS YIELD name WHERE name = 'person_id' RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void readsTheBatchDateFormatPartialDatesOfBirthAndHandling() {
        IngestReport report = ingest.ingest(BatchFolder.at(temp.resolve("d"))
                .manifest("{\"force\":\"SUFFOLK\",\"system\":\"NICHE\",\"extracted\":\"2023-01-31\",\"dateFormat\":\"dd/MM/yyyy\",\"handling\":\"P\"}")
                .csv("persons.csv", "record_id,dob,handling", "P1,07/03/1984,", "P2,1984-03,C", "P3,1984,", "P4,1984-03-07,")
                .csv("ocgs.csv", "record_id,mapped_on", "G1,01/06/2022").path());

        assertThat(store.record("PersonRecord", "SUFFOLK/NICHE/P1")).containsEntry("dob", "1984-03-07").containsEntry("handling", "P");
        assertThat(store.record("PersonRecord", "SUFFOLK/NICHE/P2")).containsEntry("dob", "1984-03").containsEntry("handling", "C");
        assertThat(store.record("PersonRecord", "SUFFOLK/NICHE/P3")).containsEntry("dob", "1984");
        assertThat(store.record("OrganisedCrimeGroup", "SUFFOLK/NICHE/G1")).containsEntry("mappedOn", LocalDate.of(2022, 6, 1));
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.column()).isEqualTo("dob");
            assertThat(r.reason()).contains("dd/MM/yyyy");
        });
    }

    @Test
    void leavesHandlingUnsetWhenNeitherManifestNorRowGivesIt() {
        ingest.ingest(BatchFolder.norfolk(temp.resolve("h"), "2023-01-31").csv("persons.csv", "record_id", "P1").path());

        assertThat(store.record("PersonRecord", "NORFOLK/ATHENA/P1")).doesNotContainKey("handling");
    }

    @Test
    void loadsBomCrlfCyrillicAndQuotedFieldsEndToEnd() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String csv = "Record_Id,Family_Name,Given_Names,Aliases\r\nP1,Иванов,Иван,\"Ivanov, Ivan|Ваня \"\"Vanya\"\"\"\r\n"
                + "P2,\"O'Brien\nSmith\",Seán,\r\n";
        byte[] body = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);

        IngestReport report = ingest.ingest(BatchFolder.norfolk(temp.resolve("c"), "2023-01-31").bytes("persons.csv", all).path());

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(store.record("PersonRecord", "NORFOLK/ATHENA/P1")).containsEntry("familyName", "Иванов")
                .containsEntry("aliases", List.of("Ivanov, Ivan", "Ваня \"Vanya\""));
        assertThat(store.record("PersonRecord", "NORFOLK/ATHENA/P2")).containsEntry("familyName", "O'Brien\nSmith")
                .containsEntry("givenNames", "Seán").doesNotContainKey("aliases");
    }

    @Test
    void namesFilesOutsideTheContractAndRefusesABatchWithoutManifest() {
        IngestReport report = ingest.ingest(BatchFolder.norfolk(temp.resolve("f"), "2023-01-31")
                .csv("person.csv", "record_id", "P1").csv("persons.csv", "record_id", "P1").path());
        assertThat(report.ignoredFiles()).containsExactly("person.csv");

        Path empty = BatchFolder.at(temp.resolve("none")).csv("persons.csv", "record_id", "P9").path();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ingest.ingest(empty))
                .isInstanceOf(BatchRefusedException.class).hasMessageContaining("manifest.json: missing");
        assertThat(store.count("MATCH (r:PersonRecord {recordId:'P9'}) RETURN count(r)")).isZero();
    }

    @Test
    void changedAddressesAdvertsAndOffencesRebuildWhatDerivesFromThem() {
        ingest.ingest(everyFile(temp.resolve("b1")).path());

        IngestReport report = ingest.ingest(everyFile(temp.resolve("b2"))
                .csv("addresses.csv", "record_id,line1,line2,town,postcode,country", "A1,7 King Street,,Ipswich,IP1 1AA,GB")
                .csv("adverts.csv", "record_id,site,url,posted_at,title,text,phones,emails,image_hashes,location,postcode",
                        "AD1,vivastreet,https://x.test/1,2021-12-03T14:05:00Z,New in town,call me,07700 900555,,ab12cd,Norwich,NR1 2AB")
                .csv("offences.csv", "record_id,person_record_id,involvement,category,ho_code,gravity,committed_on,reported_on,outcome",
                        "F1,P2,SUSPECT,MSHT,106/1,8,2022-05-01,2022-05-03,")
                .path());

        assertThat(report.updated()).isEqualTo(3);
        assertThat(report.file("person_addresses.csv").unchanged()).isEqualTo(1);
        // the SEEN_AT link and the operation's ADDRESS subject follow the address record to its new Address
        assertThat(store.rows("MATCH (:PersonRecord {key:'NORFOLK/ATHENA/P2'})-[:AT_ADDRESS {source:'person_addresses'}]->(a) RETURN a.key AS k")
                .stream().map(r -> r.get("k").asString())).containsExactly("IP1 1AA|7 KING STREET");
        assertThat(store.rows("MATCH (:Operation)-[:HAS_SUBJECT {subjectKind:'ADDRESS'}]->(a) RETURN a.key AS k")
                .stream().map(r -> r.get("k").asString())).containsExactly("IP1 1AA|7 KING STREET");
        assertThat(store.rows("MATCH (:AddressRecord {key:'NORFOLK/ATHENA/A1'})-[:RESOLVES_TO]->(a) RETURN a.key AS k")
                .stream().map(r -> r.get("k").asString())).containsExactly("IP1 1AA|7 KING STREET");
        assertThat(store.rows("MATCH (:Advert {key:'NORFOLK/ATHENA/AD1'})-[:ADVERTISES_PHONE]->(p) RETURN p.e164 AS e")
                .stream().map(r -> r.get("e").asString())).containsExactly("+447700900555");
        assertThat(store.count("MATCH (:Advert {key:'NORFOLK/ATHENA/AD1'})-[:HAS_IMAGE]->() RETURN count(*)")).isEqualTo(1);
        assertThat(store.rows("MATCH (p:PersonRecord)-[i:INVOLVED_IN]->(:Offence {key:'NORFOLK/ATHENA/F1'}) RETURN p.recordId AS p, i.involvement AS i")
                .stream().map(r -> r.get("p").asString() + ":" + r.get("i").asString())).containsExactly("P2:SUSPECT");
        assertThat(store.count("MATCH (:Offence {version: 2})-[:PREVIOUS_VERSION]->(:RecordVersion {version: 1}) RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void twoRunsOfTheSameBatchAtOnceLoadItOnce() throws Exception {
        Path dir = everyFile(temp.resolve("twice")).path();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> ingest.ingest(dir));
            var second = pool.submit(() -> ingest.ingest(dir));
            List<IngestReport> reports = List.of(first.get(), second.get());

            assertThat(reports).extracting(IngestReport::accepted).containsExactlyInAnyOrder(15L, 0L);
            assertThat(reports).extracting(IngestReport::unchanged).containsExactlyInAnyOrder(0L, 15L);
        } finally {
            pool.shutdown();
        }
        assertThat(store.count("MATCH (r:PersonRecord) RETURN count(r)")).isEqualTo(2);
    }
}
