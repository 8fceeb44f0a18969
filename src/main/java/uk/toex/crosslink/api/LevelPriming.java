package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.dataloader.DataLoader;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.Nested;
import uk.toex.crosslink.graph.NestedReads;
import uk.toex.crosslink.graph.Person;
import uk.toex.crosslink.graph.PersonRecord;

/**
 * A level a field asks for, with the request's DataLoaders that serve the fields below it. Whatever
 * read the level puts its parts into those loaders ({@link DataLoader#prime}), so the nested fields
 * find them there and start no read of their own; a part not read this way is loaded as before.
 */
record LevelPriming(NestedReads level, DataLoader<LinkKey, Connection> links, DataLoader<Person, List<PersonRecord>> records) {

    /** Spring names a {@code @BatchMapping}'s DataLoader after its type and field: {@code PersonController#records}. */
    static final String RECORDS_LOADER = "Person.records";

    static LevelPriming of(DataFetchingEnvironment env, NestedReads level) {
        return new LevelPriming(level, env.getDataLoader(GraphLoaders.LINKS), env.getDataLoader(RECORDS_LOADER));
    }

    LevelPriming with(NestedReads more) {
        return new LevelPriming(level.and(more), links, records);
    }

    /** Puts what the level read for one parent where its fields will look for it. */
    void prime(String parentKey, Nested nested) {
        nested.links().forEach((page, connection) -> links.prime(LinkKey.of(page.link(), parentKey, page.page()), connection));
        if (nested.records() != null) {
            records.prime(Person.withId(parentKey), nested.records());
        }
    }
}
