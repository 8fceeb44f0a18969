package uk.toex.crosslink.resolution.engine;

import java.util.List;
import java.util.Map;

/**
 * One person record as the source system held it (the PersonRecord properties of
 * docs/MODEL.md), the engine's only input. Nulls and empty lists mean unknown. {@code extras}
 * holds columns outside the contract (ingest's {@code extra.<column>} properties) by lower-case
 * column name; only those a deployment configures as {@link ExtraComparison}s are compared.
 */
public record PersonInput(String key, String givenNames, String familyName, List<String> aliases, String dob,
                          String gender, String nationality, List<String> phones, List<String> emails,
                          String address, String postcode, List<String> idDocuments, Map<String, String> extras) {

    /** Ingest's prefix of a column outside the contract. */
    public static final String EXTRA_PREFIX = "extra.";

    public PersonInput {
        aliases = aliases == null ? List.of() : aliases;
        phones = phones == null ? List.of() : phones;
        emails = emails == null ? List.of() : emails;
        idDocuments = idDocuments == null ? List.of() : idDocuments;
        extras = extras == null ? Map.of() : lowerCaseKeys(extras);
    }

    public PersonInput(String key, String givenNames, String familyName, List<String> aliases, String dob, String gender,
                       String nationality, List<String> phones, List<String> emails, String address, String postcode,
                       List<String> idDocuments) {
        this(key, givenNames, familyName, aliases, dob, gender, nationality, phones, emails, address, postcode,
                idDocuments, Map.of());
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> extras) {
        Map<String, String> out = new java.util.HashMap<>();
        extras.forEach((column, value) -> {
            if (value != null) {
                out.put(column.toLowerCase(java.util.Locale.ROOT), value);
            }
        });
        return Map.copyOf(out);
    }

    /** The value of a column outside the contract (any case), or null. */
    public String extra(String column) {
        return extras.get(column.toLowerCase(java.util.Locale.ROOT));
    }

    /** The same record under another key. */
    public PersonInput withKey(String newKey) {
        return new PersonInput(newKey, givenNames, familyName, aliases, dob, gender, nationality, phones, emails, address,
                postcode, idDocuments, extras);
    }

    /**
     * The input for a record from its stored properties (as {@code SET r = $props} gave them): its
     * {@code extra.<column>} properties, and the {@code [property, value]} pairs of an {@code extras}
     * column where a query returned them so.
     */
    public static PersonInput fromProperties(String key, Map<String, Object> props) {
        Map<String, String> extras = new java.util.HashMap<>();
        props.forEach((name, value) -> putExtra(extras, name, value));
        if (props.get("extras") instanceof List<?> pairs) {
            for (Object pair : pairs) {
                if (pair instanceof List<?> kv && kv.size() == 2) {
                    putExtra(extras, String.valueOf(kv.get(0)), kv.get(1));
                }
            }
        }
        return new PersonInput(key, text(props.get("givenNames")), text(props.get("familyName")), texts(props.get("aliases")),
                text(props.get("dob")), text(props.get("gender")), text(props.get("nationality")),
                texts(props.get("phones")), texts(props.get("emails")), text(props.get("address")),
                text(props.get("postcode")), texts(props.get("idDocuments")), extras);
    }

    private static void putExtra(Map<String, String> extras, String name, Object value) {
        if (value != null && name.regionMatches(true, 0, EXTRA_PREFIX, 0, EXTRA_PREFIX.length())) {
            extras.put(name.substring(EXTRA_PREFIX.length()).toLowerCase(java.util.Locale.ROOT), value.toString());
        }
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
        extras.forEach((column, value) -> props.put(EXTRA_PREFIX + column, value));
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
