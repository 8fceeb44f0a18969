package uk.toex.crosslink.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Documents that parsed and passed validation, by their exact text, so that a client sending the
 * same document again (every screen of a front end does) skips parsing and validation. Validation
 * depends only on the document and the schema, which is fixed while the service runs; a document
 * with any error (or refused by a check in validation) is never kept, so it is checked afresh each
 * time. Everything that depends on the request (roles, limits on variables, introspection, visibility)
 * runs at execution and is not skipped. Bounded by the documents' total length.
 */
final class ValidatedDocuments implements PreparsedDocumentProvider {

    private final Cache<String, PreparsedDocumentEntry> valid;

    ValidatedDocuments(long maxChars) {
        this.valid = Caffeine.newBuilder()
                .maximumWeight(maxChars)
                .<String, PreparsedDocumentEntry>weigher((text, entry) -> text.length())
                .build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        PreparsedDocumentEntry known = valid.getIfPresent(text);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            valid.put(text, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }
}
