package uk.toex.crosslink.demo.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.demo.Dice;

/** Towns of each force area and street names, read from {@code demo/places.txt} and {@code demo/streets.txt}. */
public final class Places {

    private static final Map<String, List<Town>> TOWNS = loadTowns();
    private static final List<String> STREETS = lines("demo/streets.txt");
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private Places() {
    }

    public static Town town(String force, Dice dice) {
        List<Town> towns = TOWNS.get(force);
        if (towns == null) {
            throw new IllegalArgumentException("no towns for force " + force);
        }
        // the first town of a force is its main one and gets a larger share
        return dice.chance(0.4) ? towns.get(0) : dice.pick(towns);
    }

    public static UkAddress address(String force, Dice dice) {
        Town town = town(force, dice);
        String flat = dice.chance(0.18) ? String.valueOf(dice.between(1, 24)) : null;
        int number = dice.chance(0.8) ? dice.between(1, 140) : dice.between(141, 420);
        return new UkAddress(flat, number, dice.pick(STREETS), town, postcode(town, dice));
    }

    public static String postcode(Town town, Dice dice) {
        int district = dice.between(town.districtLow(), town.districtHigh());
        return town.area() + district + " " + dice.between(1, 9) + dice.pick(INWARD_LETTERS) + dice.pick(INWARD_LETTERS);
    }

    public static List<String> forces() {
        return List.copyOf(TOWNS.keySet());
    }

    private static Map<String, List<Town>> loadTowns() {
        Map<String, List<Town>> towns = new LinkedHashMap<>();
        for (String line : lines("demo/places.txt")) {
            String[] f = line.split("\\|");
            String[] districts = f[3].split("-");
            Town town = new Town(f[0], f[1], f[2], Integer.parseInt(districts[0]), Integer.parseInt(districts[1]), f[4]);
            towns.computeIfAbsent(town.force(), k -> new ArrayList<>()).add(town);
        }
        return towns;
    }

    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Places.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }

    public static List<String> resourceLines(String resource) {
        return lines(resource);
    }
}
