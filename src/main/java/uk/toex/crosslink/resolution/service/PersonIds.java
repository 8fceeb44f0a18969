package uk.toex.crosslink.resolution.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stable person ids: each cluster keeps the id most of its records already resolve to (ties to
 * the person that held more records, then the smaller id), bigger clusters choosing first, so ids survive re-runs that leave membership
 * unchanged and analysts' references stay valid. A cluster with no free id gets a new one
 * derived from its first record's key ({@code P-} + 16 hex).
 */
public final class PersonIds {

    private PersonIds() {
    }

    /**
     * @param clusterOf record key to cluster (the key of its representative record)
     * @param current   record key to the person id it resolves to now (absent or null if none)
     * @return record key to the person id it must resolve to
     */
    public static Map<String, String> assign(Map<String, String> clusterOf, Map<String, String> current) {
        Map<String, List<String>> clusters = new TreeMap<>();
        clusterOf.forEach((record, cluster) -> clusters.computeIfAbsent(cluster, c -> new ArrayList<>()).add(record));
        List<String> order = new ArrayList<>(clusters.keySet());
        order.sort(Comparator.comparingInt((String c) -> -clusters.get(c).size()).thenComparing(c -> c));
        Map<String, Integer> holders = new HashMap<>();
        current.values().forEach(id -> {
            if (id != null) {
                holders.merge(id, 1, Integer::sum);
            }
        });
        Set<String> taken = new HashSet<>();
        Map<String, String> out = new HashMap<>();
        for (String cluster : order) {
            List<String> members = clusters.get(cluster);
            String id = bestExisting(members, current, holders, taken);
            if (id == null) {
                id = fresh(cluster, taken);
            }
            taken.add(id);
            for (String member : members) {
                out.put(member, id);
            }
        }
        return out;
    }

    private static String bestExisting(List<String> members, Map<String, String> current, Map<String, Integer> holders,
                                       Set<String> taken) {
        Map<String, Integer> votes = new TreeMap<>();
        for (String member : members) {
            String id = current.get(member);
            if (id != null && !taken.contains(id)) {
                votes.merge(id, 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) {
            // most members first, then the person that held more records before, then the smaller id
            if (best == null || vote.getValue() > votes.get(best)
                    || (vote.getValue().equals(votes.get(best)) && holders.get(vote.getKey()) > holders.get(best))) {
                best = vote.getKey();
            }
        }
        return best;
    }

    public static String fresh(String cluster, Set<String> taken) {
        for (int n = 0; ; n++) {
            String id = "P-" + sha256(n == 0 ? cluster : cluster + "#" + n).substring(0, 16);
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
