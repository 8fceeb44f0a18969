package uk.toex.crosslink.analytics.profile;

import java.util.List;
import java.util.Map;

/**
 * One row of {@code analytics/profiles.csv}: which offences (by category or Home Office code, with
 * the subject's involvement) and which record flags are events of a profile, and which flag a
 * person must carry at all ({@code requiresFlag}, e.g. VISOR), or null.
 */
public record ProfileDefinition(ForceProfileKind profile, ProfileSubject subject, String involvement,
                                List<String> categories, List<String> hoCodes, List<String> flags,
                                String requiresFlag, String description) {

    public Map<String, Object> parameters() {
        return Map.of("involvement", involvement == null ? "" : involvement, "categories", categories,
                "hoCodes", hoCodes, "flags", flags, "requiresFlag", requiresFlag == null ? "" : requiresFlag);
    }
}
