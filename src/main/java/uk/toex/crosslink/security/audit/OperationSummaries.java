package uk.toex.crosslink.security.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * {@link OperationSummary}s by document text and operation name: a summary depends on nothing
 * else, so a document sent again (as front ends do) is not parsed and hashed again for the audit
 * event. Bounded by the documents' total length.
 */
final class OperationSummaries {

    private record Key(String document, String operationName) {
    }

    private final Cache<Key, OperationSummary> summaries;

    OperationSummaries(long maxChars) {
        this.summaries = Caffeine.newBuilder()
                .maximumWeight(maxChars)
                .<Key, OperationSummary>weigher((key, summary) -> key.document().length())
                .build();
    }

    OperationSummary of(String document, String operationName) {
        if (document == null) {
            return OperationSummary.of(null, operationName);
        }
        return summaries.get(new Key(document, operationName), key -> OperationSummary.of(key.document(), key.operationName()));
    }
}
