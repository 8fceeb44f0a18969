package uk.toex.crosslink.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.resolution.engine.PersonInput;

/**
 * What an investigator searches with (GraphQL {@code PersonSearchInput}): any combination of a
 * name (any order, script or spelling), a full or partial date of birth, a phone, an email, a
 * postcode and an identity document ({@code TYPE:NUMBER} or the number alone), and values of the
 * deployment's extra comparison columns, which weigh in the ranking but find no candidates.
 */
public record SearchInput(String name, String dob, String phone, String email, String postcode, String idDocument,
                          List<ExtraColumnValue> extras) {

    /** GraphQL {@code ExtraColumnValue}. */
    public record ExtraColumnValue(String column, String value) {
    }

    public SearchInput(String name, String dob, String phone, String email, String postcode, String idDocument) {
        this(name, dob, phone, email, postcode, idDocument, List.of());
    }

    /** The search as a person record, so resolution's scorer compares it with each candidate record. */
    public PersonInput asRecord() {
        String given = null;
        String family = null;
        if (present(name)) {
            int comma = name.indexOf(',');
            if (comma >= 0) { // "STOYANOV, Gueorgui": family name first
                family = name.substring(0, comma).strip();
                given = name.substring(comma + 1).strip();
            } else {
                String trimmed = name.strip();
                int space = trimmed.lastIndexOf(' ');
                given = space < 0 ? null : trimmed.substring(0, space);
                family = space < 0 ? trimmed : trimmed.substring(space + 1);
            }
        }
        Map<String, String> extraValues = new HashMap<>();
        for (ExtraColumnValue extra : extras == null ? List.<ExtraColumnValue>of() : extras) {
            if (present(extra.column()) && present(extra.value())) {
                extraValues.put(extra.column().strip(), extra.value().strip());
            }
        }
        return new PersonInput("search/query/1", given, family, List.of(), blankToNull(dob), null, null, list(phone),
                list(email), null, blankToNull(postcode), list(idDocument), extraValues);
    }

    /** Refuses a search with nothing to search by. */
    public SearchInput requireSomething() {
        if (Stream.of(name, dob, phone, email, postcode, idDocument).noneMatch(SearchInput::present)) {
            throw new InvalidInputException("searchPersons needs at least one of name, dob, phone, email, postcode, idDocument");
        }
        if (!present(name) && Stream.of(phone, email, postcode, idDocument).noneMatch(SearchInput::present)) {
            throw new InvalidInputException("searchPersons cannot search by date of birth alone: add a name or an identifier");
        }
        return this;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return present(value) ? value.strip() : null;
    }

    private static List<String> list(String value) {
        return present(value) ? List.of(value.strip()) : List.of();
    }
}
