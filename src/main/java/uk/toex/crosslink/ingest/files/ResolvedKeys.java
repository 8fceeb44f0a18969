package uk.toex.crosslink.ingest.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.toex.crosslink.resolution.normalise.AddressKey;
import uk.toex.crosslink.resolution.normalise.EmailNormaliser;
import uk.toex.crosslink.resolution.normalise.PhoneNormaliser;
import uk.toex.crosslink.resolution.normalise.PostcodeNormaliser;

/**
 * Keys of resolved-layer nodes derived from record values, always through the shared
 * normalisers. Values that normalise to nothing (an email without {@code @}) stay on the record
 * and simply make no resolved node.
 */
public final class ResolvedKeys {

    private ResolvedKeys() {
    }

    public static List<String> phones(Object recorded) {
        return distinct(recorded, v -> PhoneNormaliser.normalise(v).orElse(null));
    }

    public static List<String> emails(Object recorded) {
        return distinct(recorded, v -> EmailNormaliser.normalise(v).orElse(null));
    }

    public static List<String> imageHashes(Object recorded) {
        return distinct(recorded, v -> v.toLowerCase(Locale.ROOT));
    }

    /** {@code TYPE:NUMBER} documents as IdDocument maps: number upper case, no spaces or dashes. */
    public static List<Map<String, Object>> documents(Object recorded) {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String doc : strings(recorded)) {
            int colon = doc.indexOf(':');
            String type = doc.substring(0, colon);
            String number = doc.substring(colon + 1).toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
            if (!number.isEmpty() && seen.add(type + ":" + number)) {
                out.add(Map.of("key", type + ":" + number, "type", type, "number", number));
            }
        }
        return out;
    }

    /** Zero or one Address map (key plus whatever parts are known). */
    public static List<Map<String, Object>> address(String line1, String line2, String town, String postcode,
                                                    String country) {
        String line = Stream.of(line1, line2, town).filter(Objects::nonNull).collect(Collectors.joining(", "));
        var key = AddressKey.of(line, postcode);
        if (key.isEmpty()) {
            return List.of();
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("key", key.get());
        putIfKnown(address, "line1", line1);
        putIfKnown(address, "line2", line2);
        putIfKnown(address, "town", town);
        putIfKnown(address, "postcode", PostcodeNormaliser.normalise(postcode).orElse(null));
        putIfKnown(address, "country", country);
        return List.of(address);
    }

    private static void putIfKnown(Map<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    private static List<String> distinct(Object recorded, java.util.function.Function<String, String> normalise) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : strings(recorded)) {
            String n = normalise.apply(v);
            if (n != null) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object recorded) {
        return recorded == null ? List.of() : (List<String>) recorded;
    }
}
