package uk.toex.crosslink.analytics.harm;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.analytics.DataFile;

/** The rule set, from {@code analytics/harm-rules.csv}. */
@Component
public class HarmRules {

    private final List<HarmRule> rules = DataFile.read("harm-rules.csv").stream()
            .map(row -> new HarmRule(row.get("rule"), row.get("cypher"), row.get("description"))).toList();

    public List<HarmRule> all() {
        return rules;
    }
}
