package uk.toex.crosslink.resolution.engine;

/** A comparison level named by its feature and name, resolved once to its position for the hot loop. */
record Level(Feature feature, String name, int index) {

    static Level of(Feature feature, String name) {
        return new Level(feature, name, feature.level(name));
    }
}
