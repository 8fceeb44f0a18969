package uk.toex.crosslink.api;

import java.nio.file.Path;
import java.util.List;
import uk.toex.crosslink.ingest.BatchFolder;
import uk.toex.crosslink.ingest.IngestReport;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * The read API's world, arriving as real CSV batches through the real ingest: NORFOLK/ATHENA
 * (handling P by the manifest, some rows C), SUFFOLK/NICHE (P), then a second NORFOLK extract
 * that changes one record of every kind (N1, N2, N3, A1, AD1, G1, OP1, F1), so each gets a version 1
 * in its history. N2 is a VICTIM: partners see that person's identity redacted.
 */
final class ReadApiWorld {

    static final String NORFOLK_FIRST = "norfolk-1";

    private ReadApiWorld() {
    }

    /** Ingests the three batches in order into an empty store; returns their reports. */
    static List<IngestReport> load(IngestService ingest, Path root) {
        TestNeo4j.clear();
        List<IngestReport> reports = List.of(ingest.ingest(norfolkFirst(root).path()),
                ingest.ingest(suffolk(root).path()), ingest.ingest(norfolkSecond(root).path()));
        reports.forEach(r -> {
            if (r.rejected() > 0) {
                throw new IllegalStateException("A read API world batch has rejected rows: " + r.rejections());
            }
        });
        return reports;
    }

    private static BatchFolder norfolkFirst(Path root) {
        return norfolk(root.resolve(NORFOLK_FIRST), "2024-01-31")
                .csv("persons.csv", "record_id,given_names,family_name,dob,phones,flags,handling",
                        "N1,Attila,LAKATOS,1984-03-07,07700900123,,", "N2,Maria,POPESCU,1990-05-01,,VICTIM,",
                        "N3,Ivan,IVANOV,1975,,,C")
                .csv("addresses.csv", "record_id,line1,town,postcode,country,handling",
                        "A1,12 Prince of Wales Road,Norwich,nr11bb,GB,", "A2,3 Mill Lane,Norwich,NR2 2CC,GB,C")
                .csv("adverts.csv", "record_id,site,title,phones,location,postcode",
                        "AD1,example-escorts.test,New in town,07700900123,12 Prince of Wales Road,NR1 1BB",
                        "AD2,other-site.test,Massage,,,IP1 1AA")
                .csv("ocgs.csv", "record_id,name,threat_types,status", "G1,Crew,MSHT,ACTIVE", "G2,Old crew,CSE,ARCHIVED")
                .csv("operations.csv", "record_id,name,status", "OP1,Op Alpha,OPEN", "OP2,Op Beta,CLOSED")
                .csv("offences.csv", "record_id,person_record_id,involvement,category,gravity",
                        "F1,N1,SUSPECT,MSHT,8", "F2,N3,SUSPECT,DRUGS,3");
    }

    private static BatchFolder suffolk(Path root) {
        return BatchFolder.at(root.resolve("suffolk"))
                .manifest("{\"force\":\"SUFFOLK\",\"system\":\"NICHE\",\"extracted\":\"2024-02-15\",\"handling\":\"P\"}")
                .csv("persons.csv", "record_id,given_names,family_name,dob", "S1,Jonas,PETRAITIS,1988-11-02")
                .csv("adverts.csv", "record_id,site,title,postcode", "SAD1,Example-Escorts.test,Visiting,ip1 1aa")
                .csv("ocgs.csv", "record_id,name,threat_types,status", "SG1,Suffolk crew,MSHT,ACTIVE")
                .csv("operations.csv", "record_id,name,status", "SOP1,Op Gamma,OPEN")
                .csv("offences.csv", "record_id,person_record_id,involvement,category,gravity", "SF1,S1,SUSPECT,msht,5");
    }

    private static BatchFolder norfolkSecond(Path root) {
        return norfolk(root.resolve("norfolk-2"), "2024-02-29")
                .csv("persons.csv", "record_id,given_names,family_name,dob,phones,flags,handling",
                        "N1,Attila,LAKATOS,1984-03-07,07700900999,,", "N2,Maria,POPESCU,1990-05-02,,VICTIM,",
                        "N3,Ivan,IVANOV,1975-06,,,C")
                .csv("addresses.csv", "record_id,line1,town,postcode,country",
                        "A1,12 Prince of Wales Road,Norwich City,nr11bb,GB")
                .csv("adverts.csv", "record_id,site,title,phones,location,postcode",
                        "AD1,example-escorts.test,Back in town,07700900123,12 Prince of Wales Road,NR1 1BB")
                .csv("ocgs.csv", "record_id,name,threat_types,status", "G1,Crew,MSHT,DISRUPTED")
                .csv("operations.csv", "record_id,name,status", "OP1,Operation Alpha,OPEN")
                .csv("offences.csv", "record_id,person_record_id,involvement,category,gravity", "F1,N1,SUSPECT,MSHT,9");
    }

    private static BatchFolder norfolk(Path dir, String extracted) {
        return BatchFolder.at(dir).manifest("{\"force\":\"NORFOLK\",\"system\":\"ATHENA\",\"extracted\":\""
                + extracted + "\",\"handling\":\"P\"}");
    }
}
