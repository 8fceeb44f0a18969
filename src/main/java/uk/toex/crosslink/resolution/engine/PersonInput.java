package uk.toex.crosslink.resolution.engine;

import java.util.List;
import java.util.Map;

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

    /** The input for a record from its stored properties (as {@code SET r = $props} gave them). */
    public static PersonInput fromProperties(String key, Map<String, Object> props) {
        return new PersonInput(key, text(props.get("givenNames")), text(props.get("familyName")), texts(props.get("aliases")),
                text(props.get("dob")), text(props.get("gender")), text(props.get("nationality")),
                texts(props.get("phones")), texts(props.get("emails")), text(props.get("address")),
                text(props.get("postcode")), texts(props.get("idDocuments")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> v == null ? "" : v.toString()).toList();
        }
        return List.of(value.toString());
    }
}
