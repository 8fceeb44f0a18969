package uk.toex.crosslink.demo.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.Skewed;

/** The names of one population, read from {@code demo/names/*.txt}, drawn most-common-first. */
public final class NameBank {

    private static final Map<Population, NameBank> BANKS = new EnumMap<>(Population.class);

    private final Skewed<GivenName> male;
    private final Skewed<GivenName> female;
    private final Skewed<FamilyName> family;
    private final List<String> maleMiddle;
    private final List<String> femaleMiddle;

    private NameBank(List<GivenName> male, List<GivenName> female, List<FamilyName> family,
            List<String> maleMiddle, List<String> femaleMiddle) {
        this.male = new Skewed<>(male, 0.7);
        this.female = new Skewed<>(female, 0.7);
        this.family = new Skewed<>(family, 0.95);
        this.maleMiddle = maleMiddle;
        this.femaleMiddle = femaleMiddle;
    }

    public static synchronized NameBank of(Population population) {
        return BANKS.computeIfAbsent(population, NameBank::load);
    }

    public GivenName given(char gender, Dice dice) {
        return (gender == 'F' ? female : male).draw(dice);
    }

    public FamilyName family(Dice dice) {
        return family.draw(dice);
    }

    /** A middle name (Vietnamese Văn / Thị), or null where the population has none. */
    public String middle(char gender, Dice dice) {
        List<String> names = gender == 'F' ? femaleMiddle : maleMiddle;
        return names.isEmpty() ? null : dice.pick(names);
    }

    private static NameBank load(Population population) {
        List<GivenName> male = new ArrayList<>();
        List<GivenName> female = new ArrayList<>();
        List<FamilyName> family = new ArrayList<>();
        List<String> maleMiddle = new ArrayList<>();
        List<String> femaleMiddle = new ArrayList<>();
        try (InputStream in = NameBank.class.getClassLoader().getResourceAsStream(population.resource())) {
            if (in == null) {
                throw new IllegalStateException("missing name list " + population.resource());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int space = line.indexOf(' ');
                if (line.isBlank() || line.startsWith("#") || space < 0) {
                    continue;
                }
                String value = line.substring(space + 1).strip();
                switch (line.substring(0, space)) {
                    case "M" -> male.add(given(value));
                    case "F" -> female.add(given(value));
                    case "S" -> family.add(FamilyName.parse(value));
                    case "MM" -> maleMiddle.add(value);
                    case "FM" -> femaleMiddle.add(value);
                    default -> throw new IllegalStateException("bad line in " + population.resource() + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameBank(male, female, family, maleMiddle, femaleMiddle);
    }

    private static GivenName given(String value) {
        String[] parts = value.split("\\|", 2);
        List<String> diminutives = parts.length < 2 ? List.of() : Arrays.asList(parts[1].split(","));
        return new GivenName(parts[0].strip(), List.copyOf(diminutives));
    }
}
