package uk.toex.crosslink.resolution.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import uk.toex.crosslink.resolution.normalise.AddressLine;
import uk.toex.crosslink.resolution.normalise.CountryNormaliser;
import uk.toex.crosslink.resolution.normalise.DateOfBirth;
import uk.toex.crosslink.resolution.normalise.EmailNormaliser;
import uk.toex.crosslink.resolution.normalise.DocumentKey;
import uk.toex.crosslink.resolution.normalise.NameNormaliser;
import uk.toex.crosslink.resolution.normalise.PhoneNormaliser;
import uk.toex.crosslink.resolution.normalise.PostcodeNormaliser;

/**
 * A person record passed through the shared normalisers, still as strings. Pure and
 * thread-safe, so the expensive part of preparation runs in parallel.
 */
record Normalised(String key, List<String> family, List<String> familyWritten, List<String> given,
                  List<String> givenWritten, List<List<String>> aliases, int dob, byte gender, String nationality,
                  List<String> phones, List<String> emails, List<DocumentKey> documents, String street,
                  String postcode, String outward, List<String> extras) {

    /** As the shared normalisers read it, with the deployment's extra columns normalised by their kind (null when not recorded). */
    static Normalised of(PersonInput in, List<ExtraComparison> extraComparisons) {
        List<String> extras = new ArrayList<>(extraComparisons.size());
        for (ExtraComparison extra : extraComparisons) {
            extras.add(extra.kind().normalise(in.extra(extra.column())));
        }
        String nationality = CountryNormaliser.alpha2(in.nationality()).orElse(null);
        List<List<String>> aliases = new ArrayList<>();
        for (String alias : in.aliases()) {
            List<String> parts = NameNormaliser.parts(alias, in.nationality());
            if (!parts.isEmpty()) {
                aliases.add(parts);
            }
        }
        AddressLine line = AddressLine.parse(in.address());
        NameNormaliser.Fields name = NameNormaliser.fields(in.familyName(), in.givenNames());
        return new Normalised(in.key(),
                NameNormaliser.parts(name.family(), in.nationality()), NameNormaliser.writtenParts(name.family()),
                NameNormaliser.parts(name.given(), in.nationality()), NameNormaliser.writtenParts(name.given()),
                aliases,
                DateOfBirth.parse(in.dob()).map(DateOfBirth::pack).orElse(0),
                gender(in.gender()), nationality,
                distinct(in.phones(), PhoneNormaliser::normalise),
                distinct(in.emails(), EmailNormaliser::normalise),
                List.copyOf(new LinkedHashSet<>(in.idDocuments().stream().map(DocumentKey::parse)
                        .flatMap(Optional::stream).toList())),
                line.isEmpty() ? null : line.canonical(),
                PostcodeNormaliser.normalise(in.postcode()).orElse(null),
                PostcodeNormaliser.outward(in.postcode()).orElse(null), extras);
    }

    private static byte gender(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return 0;
        }
        return switch (recorded.strip().toUpperCase(Locale.ROOT).charAt(0)) {
            case 'M' -> 1;
            case 'F', 'W' -> 2;
            case 'X' -> 3;
            default -> 0;
        };
    }

    private static List<String> distinct(List<String> recorded, Function<String, Optional<String>> normaliser) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String value : recorded) {
            normaliser.apply(value).ifPresent(out::add);
        }
        return List.copyOf(out);
    }
}
