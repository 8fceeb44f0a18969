package uk.toex.crosslink.adverts;

import java.util.Collections;
import java.util.List;

/** A group of adverts (keys, sorted) and the reasons that joined them, in words. */
public record AdvertCluster(String id, List<String> keys, List<String> reasons) {

    /**
     * The keys after {@code after} (exclusive; null: from the start), at most {@code limit} of them
     * (null: all). A key that is no longer in the cluster still places the page: keys sort, so the
     * page starts at the first key past it and no advert is served twice.
     */
    public List<String> keysAfter(String after, Integer limit) {
        int from = 0;
        if (after != null) {
            int at = Collections.binarySearch(keys, after);
            from = at >= 0 ? at + 1 : -at - 1;
        }
        int to = limit == null ? keys.size() : (int) Math.min(keys.size(), (long) from + limit);
        return keys.subList(from, Math.max(from, to));
    }
}
