package uk.toex.crosslink.resolution.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Candidate lookup for one record at a time: the batch run's sorted block array plus an overlay
 * of records added since. Blocks are counted and verified against the current keys of each member
 * that changed since the batch run, so a changed record's stale entries are ignored and a block is
 * capped exactly as in a batch run.
 */
final class IncrementalIndex {

    private final Dataset data;
    private final BlockIndex base;
    private final int cap;
    private final Map<Long, int[]> overlay = new HashMap<>();
    private static final int KEY_CACHE_LIMIT = 100_000;
    private final Map<Integer, long[]> keyCache = new HashMap<>();
    /** Records of the batch run replaced since: only their block entries in the batch index can be stale. */
    private final java.util.BitSet changedSinceBase = new java.util.BitSet();

    IncrementalIndex(Dataset data, BlockIndex base, int cap) {
        this.data = data;
        this.base = base;
        this.cap = cap;
    }

    BlockIndex base() {
        return base;
    }

    void add(int record) {
        keyCache.remove(record);
        if (record < base.records()) {
            changedSinceBase.set(record);
        }
        for (long key : keys(record)) {
            int[] members = overlay.get(key);
            if (members == null) {
                overlay.put(key, new int[] {record});
            } else if (Arrays.stream(members).noneMatch(m -> m == record)) {
                int[] grown = Arrays.copyOf(members, members.length + 1);
                grown[members.length] = record;
                overlay.put(key, grown);
            }
        }
    }

    /** Distinct records sharing a current key with {@code record} in a block within the cap. */
    int[] candidates(int record) {
        int[] out = new int[16];
        int n = 0;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (long key : keys(record)) {
            int[] members = reachable(key, record);
            for (int m : members) {
                if (m != record && seen.add(m)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = m;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The members of a key's block a record meets, as a batch run would: none over the cap, neighbours in a walked block. */
    private int[] reachable(long key, int record) {
        int[] members = members(key);
        int kind = BlockingKeys.kind(key);
        if (members.length > BlockingKeys.cap(kind, cap)) {
            return new int[0];
        }
        return BlockWindows.reachable(kind, record, members, data.blockOrder());
    }

    private int[] members(long key) {
        int[] fromBase = base.members(key);
        int[] added = overlay.getOrDefault(key, new int[0]);
        int[] all = new int[fromBase.length + added.length];
        int n = 0;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int m : fromBase) {
            if (seen.add(m) && (!changedSinceBase.get(m) || Arrays.binarySearch(keys(m), key) >= 0)) {
                all[n++] = m;
            }
        }
        for (int m : added) {
            if (seen.add(m) && Arrays.binarySearch(keys(m), key) >= 0) {
                all[n++] = m;
            }
        }
        return Arrays.copyOf(all, n);
    }

    /** Block keys carry the record number's bits cleared, as in the batch index. */
    private long[] keys(int record) {
        if (keyCache.size() > KEY_CACHE_LIMIT) {
            keyCache.clear(); // a cache, not a copy of the index: recomputing keys is cheap
        }
        return keyCache.computeIfAbsent(record, r -> {
            long[] keys = BlockingKeys.of(data.record(r), data.vocabulary);
            for (int i = 0; i < keys.length; i++) {
                keys[i] &= ~BlockIndex.RECORD_MASK;
            }
            Arrays.sort(keys);
            return keys;
        });
    }

    /** The kinds of the keys two records share in blocks within the cap: the rules that make them candidates. */
    java.util.Set<Integer> sharedKinds(int a, int b) {
        java.util.Set<Integer> kinds = new java.util.TreeSet<>();
        long[] other = keys(b);
        for (long key : keys(a)) {
            if (Arrays.binarySearch(other, key) >= 0 && Arrays.stream(reachable(key, a)).anyMatch(m -> m == b)) {
                kinds.add(BlockingKeys.kind(key));
            }
        }
        return kinds;
    }
}
