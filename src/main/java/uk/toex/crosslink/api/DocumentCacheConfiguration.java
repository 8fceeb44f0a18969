package uk.toex.crosslink.api;

import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** GraphQL documents are parsed and validated once per distinct text ({@link ValidatedDocuments}). */
@Configuration(proxyBeanMethods = false)
class DocumentCacheConfiguration {

    /** Total length of the documents kept: 16 MB of text, hundreds of documents of the largest allowed size. */
    private static final long MAX_CHARS = 16L * 1024 * 1024;

    @Bean
    GraphQlSourceBuilderCustomizer validatedDocuments() {
        ValidatedDocuments documents = new ValidatedDocuments(MAX_CHARS);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }
}
