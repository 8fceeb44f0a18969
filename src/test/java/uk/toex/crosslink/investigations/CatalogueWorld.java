package uk.toex.crosslink.investigations;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.ingest.BatchFolder;
import uk.toex.crosslink.ingest.IngestReport;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * A small exploitation case whose every answer is known, arriving as real CSV batches.
 * NORFOLK/ATHENA (P unless a row says C): N1 Attila LAKATOS (HU, suspect, passport HU1234567,
 * phone 001, lives at 12 Prince of Wales Road NR1 1BB, principal of OCG G1, subject of open OP1,
 * VAWG suspect in NF1); N2 Maria POPESCU (BG, VICTIM and SAFEGUARDING_REFERRAL, phone 002, same
 * address, VAWG victim in NF2); N3 Ivan IVANOV (BG, MISSING, phone 003, handling C); N4 Janos
 * KOVACS (HUN, same passport as N1, phone 004, member of G1). Adverts AD1 (phone 001), AD2 (phone
 * 003), AD3 (no phone) all at 5 Brothel Street NR3 3AA. Calls: 004 to 002 three times, 004 to 001
 * once. SUFFOLK/NICHE (P unless C): S1 Attila LAKATOS (the same person as N1, VAWG suspect in
 * SF1, subject of open SOP1), S2 Jonas PETRAITIS, S3 Secret HIDDEN (C, VICTIM, phone 888).
 * Persons: N1+S1 = {@link #ATTILA}, every other record a person of its own.
 */
final class CatalogueWorld {

    static final String ATTILA = "P-00000000000000a1";
    static final Map<String, String> PERSONS = Map.of("NORFOLK/ATHENA/N1", ATTILA, "SUFFOLK/NICHE/S1", ATTILA,
            "NORFOLK/ATHENA/N2", "P-00000000000000a2", "NORFOLK/ATHENA/N3", "P-00000000000000a3",
            "NORFOLK/ATHENA/N4", "P-00000000000000a4", "SUFFOLK/NICHE/S2", "P-00000000000000a5",
            "SUFFOLK/NICHE/S3", "P-00000000000000a6");

    private CatalogueWorld() {
    }

    /** Loads the world unless the store already holds exactly its records (another class of this run loaded it). */
    static void ensureLoaded(IngestService ingest, CypherRunner cypher, Path root) {
        Object keys = TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (r:PersonRecord) RETURN collect(r.key) AS keys", Map.of(), r -> r.next().get("keys"));
        if (!(keys instanceof List<?> held && held.size() == PERSONS.size() && held.containsAll(PERSONS.keySet()))) {
            load(ingest, cypher, root);
        }
    }

    static void load(IngestService ingest, CypherRunner cypher, Path root) {
        TestNeo4j.clear();
        for (BatchFolder batch : batches(root)) {
            IngestReport report = ingest.ingest(batch.path());
            if (report.rejected() > 0) {
                throw new IllegalStateException("Investigation world batch has rejected rows: " + report.rejections());
            }
        }
        List<Map<String, Object>> placements = PERSONS.entrySet().stream()
                .map(e -> Map.<String, Object>of("key", e.getKey(), "personId", e.getValue())).toList();
        cypher.write("test/place-records", Map.of("placements", placements));
    }

    /** The world's two batch folders, written under root. */
    static List<BatchFolder> batches(Path root) {
        return List.of(norfolk(root.resolve("norfolk")), suffolk(root.resolve("suffolk")));
    }

    static String record(String key) {
        return GlobalId.encode("PersonRecord", key);
    }

    static String person(String id) {
        return GlobalId.encode("Person", id);
    }

    private static BatchFolder norfolk(Path dir) {
        return BatchFolder.at(dir)
                .manifest("{\"force\":\"NORFOLK\",\"system\":\"ATHENA\",\"extracted\":\"2024-03-31\",\"handling\":\"P\"}")
                .csv("persons.csv", "record_id,given_names,family_name,dob,nationality,phones,address,postcode,id_documents,flags,handling",
                        "N1,Attila,LAKATOS,1984-03-07,HU,07700900001,12 Prince of Wales Road,NR1 1BB,PASSPORT:HU1234567,SUSPECT,",
                        "N2,Maria,POPESCU,1990-05-01,BG,07700900002,12 Prince of Wales Road,NR1 1BB,,VICTIM|SAFEGUARDING_REFERRAL,",
                        "N3,Ivan,IVANOV,1975,BG,07700900003,3 Mill Lane,NR2 2CC,,MISSING,C",
                        "N4,Janos,KOVACS,1979-11-11,HUN,07700900004,,,PASSPORT:HU1234567,,")
                .csv("adverts.csv", "record_id,site,posted_at,title,phones,location,postcode",
                        "AD1,escorts.test,2024-03-01T10:00:00Z,New in town,07700900001,5 Brothel Street,NR3 3AA",
                        "AD2,escorts.test,2024-03-05T10:00:00Z,Sweet,07700900003,5 Brothel Street,NR3 3AA",
                        "AD3,massage.test,2024-03-07T10:00:00Z,Relax,,5 Brothel Street,NR3 3AA")
                .csv("ocgs.csv", "record_id,name,threat_types,status", "G1,Lakatos crew,MSHT,ACTIVE")
                .csv("ocg_members.csv", "ocg_record_id,person_record_id,role", "G1,N1,PRINCIPAL", "G1,N4,MEMBER")
                .csv("operations.csv", "record_id,name,status,opened", "OP1,Op Alpha,OPEN,2024-01-10")
                .csv("operation_subjects.csv", "operation_record_id,subject_record_id,subject_kind,role", "OP1,N1,PERSON,SUSPECT")
                .csv("offences.csv", "record_id,person_record_id,involvement,category,gravity",
                        "NF1,N1,SUSPECT,VAWG,6", "NF2,N2,VICTIM,VAWG,6")
                .csv("calls.csv", "from_number,to_number,started_at,duration_s,kind",
                        "07700900004,07700900002,2024-03-01T20:00:00Z,60,CALL",
                        "07700900004,07700900002,2024-03-02T20:00:00Z,60,CALL",
                        "07700900002,07700900004,2024-03-03T20:00:00Z,60,CALL",
                        "07700900004,07700900001,2024-03-02T21:00:00Z,30,CALL");
    }

    private static BatchFolder suffolk(Path dir) {
        return BatchFolder.at(dir)
                .manifest("{\"force\":\"SUFFOLK\",\"system\":\"NICHE\",\"extracted\":\"2024-03-31\",\"handling\":\"P\"}")
                .csv("persons.csv", "record_id,given_names,family_name,dob,nationality,phones,address,postcode,flags,handling",
                        "S1,Attila,LAKATOS,1984-03-07,HU,07700900011,,,,",
                        "S2,Jonas,PETRAITIS,1988-11-02,LT,,,,,",
                        "S3,Secret,HIDDEN,1970-01-01,GB,07700900888,1 Hidden Way,IP1 1AA,VICTIM,C")
                .csv("operations.csv", "record_id,name,status,opened", "SOP1,Op Gamma,OPEN,2024-02-01")
                .csv("operation_subjects.csv", "operation_record_id,subject_record_id,subject_kind,role", "SOP1,S1,PERSON,SUSPECT")
                .csv("offences.csv", "record_id,person_record_id,involvement,category,gravity", "SF1,S1,SUSPECT,vawg,7");
    }
}
