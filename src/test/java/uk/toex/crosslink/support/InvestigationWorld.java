package uk.toex.crosslink.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.ingest.BatchFolder;
import uk.toex.crosslink.ingest.IngestReport;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.resolution.service.ResolutionService;

/**
 * The investigation API's constructed world, ingested as real CSV batches and resolved on arrival
 * by the real resolution engine. Its answers are known:
 * <ul>
 *   <li>Georgi Stoyanov (born 1984-03-07) held under three spellings in two scripts by three forces:
 *       NORFOLK {@code N1} "Georgi Stojanov", SUFFOLK {@code S1} "Георги Стоянов", ESSEX {@code E1}
 *       "STOYANOV, Gueorgui" (ESSEX handles its records C). NORFOLK's open operation Kestrel and
 *       SUFFOLK's open Heron and closed Wren hold him; namesakes born otherwise are other persons;</li>
 *   <li>a network over three forces joined only through him: NORFOLK's {@code N2} Ivan Petrov lives
 *       with N1, SUFFOLK's {@code S2} Dimitar Kolev is in S1's OCG, ESSEX's {@code E2} Nikolai Iliev
 *       is called by E1's phone;</li>
 *   <li>eight SUFFOLK adverts sharing one phone, with near-identical photos (hashes a few bits
 *       apart), placed at two addresses; the phone is also SUFFOLK's {@code S3} Elena Marin's; two
 *       unrelated adverts;</li>
 *   <li>a hostel switchboard phone held by N2 and 299 other NORFOLK records: a hub to cap.</li>
 * </ul>
 */
public final class InvestigationWorld {

    public static final String HUB_PHONE = "01603 000000";
    public static final String ADVERT_PHONE = "07700 900777";
    public static final String GEORGI_PHONE = "07700 900123";
    public static final String BASE_HASH = "f0e1d2c3b4a59687";
    public static final int HUB_RESIDENTS = 299;

    private static final String PERSON_HEADER = "record_id,given_names,family_name,aliases,dob,gender,nationality,phones,emails,address,postcode,id_documents,flags";
    private static final String[] GIVEN = {"Alan", "Brian", "Colin", "Derek", "Edwin", "Frank", "Gareth", "Harold",
        "Ian", "Jeremy", "Keith", "Lionel", "Martin", "Neville", "Oliver", "Percy", "Quentin", "Rupert", "Simon", "Trevor"};
    private static final String[] FAMILY = {"Ashdown", "Blackwood", "Crowther", "Dunmore", "Ellwood", "Fairbairn",
        "Greenhalgh", "Hathersage", "Ingleby", "Kettlewell", "Lockwood", "Marchbank", "Northcott", "Oakenshaw", "Pennington"};

    private InvestigationWorld() {
    }

    /** Clears the store and ingests the world's batches; resolution places their records on arrival. */
    public static void load(IngestService ingest, ResolutionService resolution, Path dir) {
        TestNeo4j.clear();
        resolution.reset();
        for (BatchFolder batch : List.of(norfolk(dir), suffolk(dir), essex(dir))) {
            IngestReport report = ingest.ingest(batch.path());
            if (report.rejected() > 0) {
                throw new IllegalStateException("investigation world batch rejected rows: " + report.rejections());
            }
        }
    }

    private static BatchFolder norfolk(Path dir) {
        List<String> persons = new ArrayList<>(List.of(PERSON_HEADER,
                "N1,Georgi,Stojanov,,1984-03-07,M,BG," + GEORGI_PHONE + ",,12 Salhouse Road,NR7 9AB,PASSPORT:BG1234567,SUSPECT",
                "N2,Ivan,Petrov,,1979-06-30,M,BG," + HUB_PHONE + ",,12 Salhouse Road,NR7 9AB,,",
                "N3,Georgi,Stoyanov,,1961-11-20,M,BG,07700 900999,,4 Elm Close,NR2 3CD,,"));
        for (int k = 0; k < HUB_RESIDENTS; k++) {
            persons.add(String.format("H%03d,%s,%s,,%d-%02d-%02d,M,GB,%s,,,,,", k, GIVEN[k % 20], FAMILY[k / 20],
                    1940 + k % 60, k % 12 + 1, k % 28 + 1, HUB_PHONE));
        }
        return BatchFolder.at(dir.resolve("norfolk"))
                .manifest("{\"force\":\"NORFOLK\",\"system\":\"ATHENA\",\"extracted\":\"2024-05-01\",\"handling\":\"P\"}")
                .csv("persons.csv", persons.toArray(String[]::new))
                .csv("operations.csv", "record_id,name,status,opened,threat_types,lead_officer",
                        "OP-K,Operation Kestrel,OPEN,2024-01-10,MSHT,DI Jane Cole")
                .csv("operation_subjects.csv", "operation_record_id,subject_record_id,subject_kind,role",
                        "OP-K,N1,PERSON,SUSPECT");
    }

    private static BatchFolder suffolk(Path dir) {
        List<String> adverts = new ArrayList<>(List.of("record_id,site,title,text,phones,image_hashes,location,postcode"));
        for (int i = 0; i < 8; i++) {
            String location = i % 2 == 0 ? "Flat 2, 40 Norwich Road, Ipswich" : "7 Carr Street, Ipswich";
            String postcode = i % 2 == 0 ? "IP1 4AA" : "IP4 1HB";
            adverts.add("AD" + i + ",example-escorts.test,New in town " + i + ",Sweet girl new in town call now " + i + ","
                    + ADVERT_PHONE + "," + flip(BASE_HASH, i % 4) + ",\"" + location + "\"," + postcode);
        }
        adverts.add("AD8,example-escorts.test,Massage,Relaxing massage by appointment,07700 900888,0123456789abcdef,1 Quay Street,IP3 0AA");
        adverts.add("AD9,other-site.test,Cars,Used cars for sale,07700 900889,fedcba9876543210,,");
        return BatchFolder.at(dir.resolve("suffolk"))
                .manifest("{\"force\":\"SUFFOLK\",\"system\":\"NICHE\",\"extracted\":\"2024-05-02\",\"handling\":\"P\"}")
                .csv("persons.csv", PERSON_HEADER,
                        "S1,Георги,Стоянов,,1984-03-07,M,BG,+44 7700 900123,,,,PASSPORT:BG1234567,",
                        "S2,Dimitar,Kolev,,1988-02-14,M,BG,07700 900456,,,,,",
                        "S3,Elena,Marin,,1996-09-09,F,RO," + ADVERT_PHONE + ",,\"Flat 2, 40 Norwich Road, Ipswich\",IP1 4AA,,VICTIM")
                .csv("adverts.csv", adverts.toArray(String[]::new))
                .csv("ocgs.csv", "record_id,name,threat_types,status", "OCG-1,Black Sea crew,MSHT,ACTIVE")
                .csv("ocg_members.csv", "ocg_record_id,person_record_id,role", "OCG-1,S1,PRINCIPAL", "OCG-1,S2,MEMBER")
                .csv("operations.csv", "record_id,name,status,opened,closed,threat_types,lead_officer",
                        "OP-H,Operation Heron,OPEN,2024-02-01,,MSHT,DS Tom Reed",
                        "OP-W,Operation Wren,CLOSED,2022-01-01,2022-12-31,MSHT,DI Ann Shaw")
                .csv("operation_subjects.csv", "operation_record_id,subject_record_id,subject_kind,role",
                        "OP-H,S1,PERSON,SUSPECT", "OP-W,S1,PERSON,ASSOCIATE", "OP-H,AD0,ADVERT,LOCATION");
    }

    private static BatchFolder essex(Path dir) {
        return BatchFolder.at(dir.resolve("essex"))
                .manifest("{\"force\":\"ESSEX\",\"system\":\"ATHENA\",\"extracted\":\"2024-05-03\",\"handling\":\"C\"}")
                .csv("persons.csv", PERSON_HEADER,
                        "E1,Gueorgui,STOYANOV,,1984-03-07,M,BG,07700 900555,,,,PASSPORT:BG 1234567,",
                        "E2,Nikolai,Iliev,,1990-12-01,M,BG,07700 900666,,,,,")
                .csv("calls.csv", "from_number,to_number,started_at,duration_s,kind",
                        "07700 900555,07700 900666,2024-04-01T10:00:00Z,120,CALL",
                        "07700 900555,07700 900666,2024-04-02T11:00:00Z,60,CALL");
    }

    /** The global id of the person a record ({@code FORCE/SYSTEM/RECORD_ID}) resolves to now. */
    public static String personOf(CypherRunner cypher, String recordKey) {
        return cypher.read("test/record-persons", AccessScope.system(), Map.of()).stream()
                .filter(row -> recordKey.equals(row.get("key")))
                .map(row -> GlobalId.encode("Person", (String) row.get("personId"))).findFirst().orElseThrow();
    }

    /** The hash with its lowest {@code bits} bits flipped: a near-identical photo. */
    static String flip(String hex, int bits) {
        long value = Long.parseUnsignedLong(hex, 16) ^ ((1L << bits) - 1);
        return String.format("%016x", value);
    }
}
