package uk.toex.crosslink.resolution.engine;

import java.util.List;

/**
 * Where an incremental run put the records it re-clustered.
 *
 * @param placed       every record of the re-clustered groups, its cluster (key of the representative) and link score
 * @param formingLinks links that joined records of those groups
 * @param reviewPairs  uncertain pairs met on the way
 */
public record Placement(List<Placed> placed, List<EngineResult.ScoredPair> formingLinks,
                        List<EngineResult.ScoredPair> reviewPairs) {

    public record Placed(String key, String cluster, double linkProbability) {
    }
}
