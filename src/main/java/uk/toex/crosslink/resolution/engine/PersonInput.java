package uk.toex.crosslink.resolution.engine;

import java.util.List;

/**
 * One person record as the source system held it (the PersonRecord properties of
 * docs/MODEL.md), the engine's only input. Nulls and empty lists mean unknown.
 */
public record PersonInput(String key, String givenNames, String familyName, List<String> aliases, String dob,
                          String gender, String nationality, List<String> phones, List<String> emails,
                          String address, String postcode, List<String> idDocuments) {

    public PersonInput {
        aliases = aliases == null ? List.of() : aliases;
        phones = phones == null ? List.of() : phones;
        emails = emails == null ? List.of() : emails;
        idDocuments = idDocuments == null ? List.of() : idDocuments;
    }
}
