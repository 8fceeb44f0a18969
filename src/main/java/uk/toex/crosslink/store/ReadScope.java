package uk.toex.crosslink.store;

import java.util.Map;

/**
 * What the store needs from a caller's access scope: the {@code $scope} parameter that the
 * visibility fragments in {@code cypher/fragments/} test. The store only binds it; deciding what a
 * caller may see stays in {@code security} (its {@code AccessScope} implements this), so the store
 * depends on no feature package.
 */
public interface ReadScope {

    /** The value bound as {@code $scope} into every read. */
    Map<String, Object> toParameter();
}
