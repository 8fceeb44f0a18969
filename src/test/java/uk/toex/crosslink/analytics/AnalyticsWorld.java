package uk.toex.crosslink.analytics;

import java.nio.file.Path;
import java.util.List;
import uk.toex.crosslink.ingest.BatchFolder;
import uk.toex.crosslink.ingest.IngestReport;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * The analytics world, arriving as real CSV batches of three forces (handling P by manifest, a few
 * rows C) and resolved on arrival. Scores are computed as of 2026-01-01 (the test configuration).
 * <ul>
 *   <li>Offender LAKATOS: one record per force under three spellings (Attila / Atila / Lakatos
 *       Attila), joined only by resolution (same date of birth and phone); a VAWG offence in each
 *       force, the NORFOLK one handled C. JONES: one grave but old ESSEX offence. SMITH: one minor
 *       recent ESSEX harassment.</li>
 *   <li>A six-person network G1..G6 over ESSEX, KENT and NORFOLK sharing phones, emails and a
 *       passport, with no OCG record: it must be discovered and flagged unmapped.</li>
 *   <li>Four KENT persons M1..M4 sharing phones, two of them members of the mapped OCG "Dover crew".</li>
 *   <li>A NORFOLK household sharing only a home address: not a group.</li>
 *   <li>A NORFOLK missing person, 17, whose phone is in a KENT advert: two harm flags (missing, minor).</li>
 *   <li>An ESSEX missing person whose phone is in an ESSEX advert handled C: a flag only ESSEX may see.</li>
 * </ul>
 */
public final class AnalyticsWorld {

    private AnalyticsWorld() {
    }

    public static List<IngestReport> load(IngestService ingest, Path root) {
        TestNeo4j.clear();
        List<IngestReport> reports = List.of(ingest.ingest(essex(root).path()), ingest.ingest(kent(root).path()),
                ingest.ingest(norfolk(root).path()));
        reports.forEach(r -> {
            if (r.rejected() > 0) {
                throw new IllegalStateException("An analytics world batch has rejected rows: " + r.rejections());
            }
        });
        return reports;
    }

    private static final String PERSONS = "record_id,given_names,family_name,dob,gender,nationality,phones,emails,"
            + "address,postcode,id_documents,flags,handling";
    private static final String OFFENCES = "record_id,person_record_id,involvement,category,ho_code,gravity,committed_on,handling";

    private static BatchFolder essex(Path root) {
        return batch(root, "ESSEX", "ATHENA", "2025-12-01")
                .csv("persons.csv", PERSONS,
                        "E1,Attila,LAKATOS,1984-03-07,M,HU,07700 900123,,,,,SUSPECT,",
                        "E2,Mark,JONES,1962-11-30,M,GB,07700900201,,,,,SUSPECT,",
                        "E3,John,SMITH,1979-02-14,M,GB,07700900202,,,,,,",
                        "G1,Florin,DUMITRU,1990-01-11,M,RO,07700900500,ring.one@example.test,9 Dock Road,SS1 1AA,,SUSPECT,",
                        "G2,Elena,VASILE,1995-07-23,F,RO,07700900501|07700900502,ring.one@example.test,9 Dock Road,SS1 1AA,,,",
                        "MP2,Lucy,GREEN,2000-01-01,F,GB,07700900998,,,,,MISSING,")
                .csv("adverts.csv", "record_id,site,posted_at,title,phones,postcode,handling",
                        "EA1,escorts.example.test,2025-11-01T20:00:00Z,Sweet and new,07700900998,SS1 2BB,C")
                .csv("offences.csv", OFFENCES,
                        "EF1,E1,SUSPECT,VAWG,008/66,,2024-06-01,",
                        "EF2,E2,SUSPECT,SEXUAL,019/07,,2021-05-01,",
                        "EF3,E3,SUSPECT,VAWG,105/05,,2025-11-01,");
    }

    private static BatchFolder kent(Path root) {
        return batch(root, "KENT", "NICHE", "2025-12-05")
                .csv("persons.csv", PERSONS,
                        "K1,Atila,LAKATOS,1984-03-07,M,HUN,+447700900123,,,,,SUSPECT,",
                        "G3,Arben,KOLA,1988-04-02,M,AL,07700900500,arben.k@example.test,,,,SUSPECT,",
                        "G4,Mirela,STAN,1997-09-09,F,RO,07700900501,arben.k@example.test,,,,,",
                        "M1,Tom,HARPER,1980-05-05,M,GB,07700900601,,,,,SUSPECT,",
                        "M2,Dean,HARPER,1983-08-08,M,GB,07700900601|07700900602,,,,,SUSPECT,",
                        "M3,Leon,PRICE,1991-12-12,M,GB,07700900602|07700900603,,,,,SUSPECT,",
                        "M4,Kyle,MOSS,1999-03-03,M,GB,07700900603|07700900601,,,,,,")
                .csv("offences.csv", OFFENCES, "KF1,K1,SUSPECT,SEXUAL,017/01,,2025-01-10,")
                .csv("ocgs.csv", "record_id,name,threat_types,status,mapped_on", "KG1,Dover crew,COUNTY_LINES,ACTIVE,2025-03-01")
                .csv("ocg_members.csv", "ocg_record_id,person_record_id,role", "KG1,M1,PRINCIPAL", "KG1,M2,MEMBER")
                .csv("adverts.csv", "record_id,site,posted_at,title,phones,postcode",
                        "KA1,escorts.example.test,2025-10-01T20:00:00Z,New girl in town,07700 900 999,CT16 1AA");
    }

    private static BatchFolder norfolk(Path root) {
        return batch(root, "NORFOLK", "ATHENA", "2025-12-10")
                .csv("persons.csv", PERSONS,
                        "N1,Lakatos,ATTILA,1984-03-07,M,Hungary,+44 7700 900123,,,,,,",
                        "G5,Sokol,BERISHA,1986-10-10,M,AL,07700900500,,,,PASSPORT:AL1234567,SUSPECT,",
                        "G6,Ana,POPA,1999-02-02,F,RO,07700900502,,,,PASSPORT:AL1234567,,",
                        "H1,Peter,BROWN,1970-01-01,M,GB,,,3 Elm Close,NR2 3BB,,,",
                        "H2,Susan,BROWN,1972-02-02,F,GB,,,3 Elm Close,NR2 3BB,,,",
                        "H3,Jack,BROWN,2001-03-03,M,GB,,,3 Elm Close,NR2 3BB,,SUSPECT,",
                        "MP1,Chloe,WRIGHT,2008-06-06,F,GB,07700900999,,,,,MISSING,")
                .csv("offences.csv", OFFENCES, "NF1,N1,SUSPECT,VAWG,008/71,,2025-06-01,C");
    }

    private static BatchFolder batch(Path root, String force, String system, String extracted) {
        return BatchFolder.at(root.resolve(force.toLowerCase(java.util.Locale.ROOT))).manifest("{\"force\":\"" + force
                + "\",\"system\":\"" + system + "\",\"extracted\":\"" + extracted + "\",\"handling\":\"P\"}");
    }
}
