package uk.toex.crosslink.adverts;

import java.util.List;

/** A group of adverts (keys, sorted) and the reasons that joined them, in words. */
public record AdvertCluster(String id, List<String> keys, List<String> reasons) {
}
