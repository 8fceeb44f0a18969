package uk.toex.crosslink.resolution.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Given names that name the same person ({@code William}/{@code Bill}, {@code László}/{@code Laci},
 * {@code János}/{@code John}/{@code Ion}), read from {@code resolution/nicknames/*.txt}: one group per
 * line, names separated by commas, written as they are written and folded here like any name.
 * {@code en-public.txt} is a public list (carltonnorthern/nicknames, Apache-2.0, see its header);
 * the others are the project's own.
 */
public final class Nicknames {

    private static final List<String> FILES = List.of("en", "en-public", "hu", "ro", "bg", "pl", "ru-uk", "cross");
    private static final Nicknames STANDARD = load();

    private final Map<String, int[]> groups;

    private Nicknames(Map<String, int[]> groups) {
        this.groups = groups;
    }

    public static Nicknames standard() {
        return STANDARD;
    }

    /** Group ids of a folded name part (empty when the name is in no list). */
    public int[] groups(String foldedPart) {
        return groups.getOrDefault(foldedPart, new int[0]);
    }

    public boolean equivalent(String foldedA, String foldedB) {
        int[] a = groups(foldedA);
        int[] b = groups(foldedB);
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Nicknames load() {
        Map<String, int[]> groups = new HashMap<>();
        int group = 0;
        for (String file : FILES) {
            String resource = "/resolution/nicknames/" + file + ".txt";
            try (InputStream in = Nicknames.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing nickname list " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    group++;
                    for (String name : line.split(",")) {
                        for (String part : NameNormaliser.parts(name, null)) {
                            if (part.length() < 2) {
                                continue; // an initial ("K.C.") is compared as an initial, not as a nickname
                            }
                            int[] old = groups.getOrDefault(part, new int[0]);
                            int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                            grown[old.length] = group;
                            groups.put(part, grown);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return new Nicknames(groups);
    }
}
