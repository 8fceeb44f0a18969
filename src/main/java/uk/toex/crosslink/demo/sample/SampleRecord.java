package uk.toex.crosslink.demo.sample;

import java.util.List;

/**
 * One force's record of a synthetic person, with the fields of a {@code persons.csv} row
 * (docs/INGEST.md) already split into lists; nulls and empty lists mean unknown.
 */
public record SampleRecord(String key, String givenNames, String familyName, List<String> aliases, String dob,
                           String gender, String nationality, List<String> phones, List<String> emails,
                           String address, String postcode, List<String> idDocuments) {
}
