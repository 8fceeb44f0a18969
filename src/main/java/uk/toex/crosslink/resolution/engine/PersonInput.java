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

    /**
     * The record as PersonRecord properties (docs/MODEL.md), its key split into force, system and
     * record id; {@link #fromProperties} reads them back. Unknown values are null.
     */
    public Map<String, Object> toProperties() {
        String[] parts = key.split("/", 3);
        Map<String, Object> props = new java.util.HashMap<>();
        props.put("key", key);
        props.put("force", parts[0]);
        props.put("system", parts.length > 1 ? parts[1] : null);
        props.put("recordId", parts.length > 2 ? parts[2] : null);
        props.put("givenNames", givenNames);
        props.put("familyName", familyName);
        props.put("aliases", aliases);
        props.put("dob", dob);
        props.put("gender", gender);
        props.put("nationality", nationality);
        props.put("phones", phones);
        props.put("emails", emails);
        props.put("address", address);
        props.put("postcode", postcode);
        props.put("idDocuments", idDocuments);
        return props;
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
