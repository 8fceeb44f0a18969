package uk.toex.crosslink.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.resolution.normalise.DocumentKey;
import uk.toex.crosslink.resolution.normalise.EmailNormaliser;
import uk.toex.crosslink.resolution.normalise.PhoneNormaliser;
import uk.toex.crosslink.resolution.normalise.PostcodeNormaliser;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * The visible candidate records of a search, from indexes only: by name from the full-text index
 * of search words ({@link SearchTokens}), by a phone, email, document or postcode from the
 * identifier nodes' own indexes. A name is first looked up as written and by its sounds; only a
 * part that no candidate holds as written (a typo) costs a second, fuzzy lookup.
 */
@Component
class SearchCandidates {

    private final CypherRunner cypher;
    /** Candidate records read per lookup ({@code crosslink.search.candidates}, default 100): on 1M persons as many found first as with 200 (docs/BENCHMARKS.md), at two thirds of the time. */
    private final int limit;

    SearchCandidates(CypherRunner cypher, @Value("${crosslink.search.candidates:100}") int limit) {
        if (limit < PersonSearch.MAX_RESULTS || limit > 2000) {
            throw new IllegalArgumentException("crosslink.search.candidates must be between " + PersonSearch.MAX_RESULTS
                    + " and 2000 (got " + limit + ")");
        }
        this.cypher = cypher;
        this.limit = limit;
    }

    /** Rows of key, props and personId; a record found twice comes twice ({@link Candidates} keeps the first). */
    List<Map<String, Object>> read(AccessScope scope, SearchInput input) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (SearchInput.present(input.name())) {
            rows.addAll(byName(scope, input.name(), input.dob()));
        }
        Map<String, Object> ids = identifiers(input);
        if (ids.values().stream().anyMatch(v -> v != null)) {
            ids.put("limit", limit);
            rows.addAll(cypher.read("queries/search/candidates-by-identifier", scope, ids));
        }
        return rows;
    }

    private List<Map<String, Object>> byName(AccessScope scope, String name, String dob) {
        String query = SearchTokens.query(name, dob);
        if (query.isBlank()) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>(cypher.read("queries/search/candidates-by-name", scope,
                Map.of("query", query, "limit", limit)));
        Set<String> misspelt = SearchTokens.unmatchedParts(name, rows.stream().map(SearchCandidates::searchText).toList());
        if (!misspelt.isEmpty()) {
            rows.addAll(cypher.read("queries/search/candidates-by-name", scope,
                    Map.of("query", SearchTokens.query(name, dob, misspelt), "limit", limit)));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static String searchText(Map<String, Object> row) {
        return (String) ((Map<String, Object>) row.get("props")).get("searchText");
    }

    private static Map<String, Object> identifiers(SearchInput input) {
        Map<String, Object> ids = new HashMap<>();
        ids.put("phone", SearchInput.present(input.phone()) ? PhoneNormaliser.normalise(input.phone()).orElse(null) : null);
        ids.put("email", SearchInput.present(input.email()) ? EmailNormaliser.normalise(input.email()).orElse(null) : null);
        ids.put("postcode", SearchInput.present(input.postcode())
                ? PostcodeNormaliser.normalise(input.postcode()).orElse(null) : null);
        DocumentKey document = SearchInput.present(input.idDocument()) ? DocumentKey.parse(input.idDocument()).orElse(null) : null;
        boolean typed = document != null && input.idDocument().contains(":");
        ids.put("documentKey", typed ? document.key() : null);
        ids.put("documentNumber", document != null && !typed ? document.number() : null);
        return ids;
    }
}
