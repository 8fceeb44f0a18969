package uk.toex.crosslink.analytics.harm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Runs every rule over the whole store (for the system: flags are computed once and filtered per
 * caller when read) and writes the flags, keeping the status and reviews of flags that fire again.
 */
@Component
class HarmFlagRun {

    private final CypherRunner cypher;
    private final HarmRules rules;

    HarmFlagRun(CypherRunner cypher, HarmRules rules) {
        this.cypher = cypher;
        this.rules = rules;
    }

    int run() {
        String run = UUID.randomUUID().toString();
        int written = 0;
        for (HarmRule rule : rules.all()) {
            List<Map<String, Object>> flags = new ArrayList<>();
            for (Map<String, Object> row : cypher.read("analytics/harm/" + rule.cypher(), AccessScope.system(), Map.of())) {
                String person = (String) row.get("person");
                flags.add(Map.of("id", id(rule.name(), person), "rule", rule.name(), "person", person,
                        "evidence", row.get("evidence"), "records", row.get("records"), "adverts", row.get("adverts"),
                        "ocgs", row.get("ocgs")));
            }
            for (int from = 0; from < flags.size(); from += 1000) {
                cypher.write("analytics/harm-flags-write", Map.of("flags", flags.subList(from, Math.min(flags.size(), from + 1000)),
                        "run", run));
            }
            written += flags.size();
        }
        cypher.write("analytics/harm-flags-retire", Map.of("run", run));
        return written;
    }

    static String id(String rule, String person) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((rule + "|" + person).getBytes(StandardCharsets.UTF_8));
            return "H-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
