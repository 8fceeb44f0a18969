package uk.toex.crosslink.analytics.profile;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.analytics.DataFile;

/** Every profile x subject definition, from {@code analytics/profiles.csv}; each pair must be defined. */
@Component
public class ProfileDefinitions {

    static final String FILE = "profiles.csv";

    private final Map<ForceProfileKind, Map<ProfileSubject, ProfileDefinition>> definitions = new EnumMap<>(ForceProfileKind.class);

    public ProfileDefinitions() {
        for (CSVRecord row : DataFile.read(FILE)) {
            ForceProfileKind profile = parse(ForceProfileKind.class, row, "profile");
            ProfileSubject subject = parse(ProfileSubject.class, row, "subject");
            String requires = row.get("requires_flag");
            ProfileDefinition definition = new ProfileDefinition(profile, subject, row.get("involvement"),
                    DataFile.list(row, "categories"), DataFile.list(row, "ho_codes"), DataFile.list(row, "flags"),
                    requires.isBlank() ? null : requires, row.get("description"));
            definitions.computeIfAbsent(profile, p -> new EnumMap<>(ProfileSubject.class)).put(subject, definition);
        }
        for (ForceProfileKind profile : ForceProfileKind.values()) {
            for (ProfileSubject subject : ProfileSubject.values()) {
                if (definitions.getOrDefault(profile, Map.of()).get(subject) == null) {
                    throw new IllegalStateException("analytics/" + FILE + " defines no " + profile + " x " + subject);
                }
            }
        }
    }

    public ProfileDefinition of(ForceProfileKind profile, ProfileSubject subject) {
        return definitions.get(profile).get(subject);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, CSVRecord row, String column) {
        try {
            return Enum.valueOf(type, row.get(column).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DataFile.bad(FILE, row, column, "not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
