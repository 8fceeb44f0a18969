package uk.toex.crosslink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Link} and {@link Listing} has its query files, and every file in their folders
 * belongs to one (or to {@link BatchReader}): a misnamed file fails here, not on the first request.
 */
class QueryFilesTest {

    @Test
    void everyLinkHasItsQueryAndEveryLinkQueryIsALink() {
        assertThat(CypherFiles.in("queries/links").stream().map(n -> "queries/links/" + n))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Link.values()).map(Link::query).toList());
    }

    @Test
    void everyListingHasItsPageAndCountQueriesAndEveryListQueryIsAListingOrTheBatches() {
        assertThat(CypherFiles.in("queries/lists").stream().map(n -> "queries/lists/" + n))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Arrays.stream(Listing.values())
                        .flatMap(l -> Stream.of(l.pageQuery(), l.countQuery())),
                        Stream.of(BatchReader.PAGE_QUERY, BatchReader.COUNT_QUERY)).toList());
    }
}
