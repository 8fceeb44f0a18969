package uk.toex.crosslink.analytics.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.analytics.AnalyticsProperties;
import uk.toex.crosslink.analytics.GravityTable;

/**
 * Turns the rows of {@code analytics/profile-events} into {@link ProfileEvent}s, deciding each
 * offence's gravity ({@link GravityTable#decide}).
 */
@Component
class ProfileEvents {

    private final GravityTable gravity;
    private final boolean overrideRecordGravity;

    ProfileEvents(GravityTable gravity, AnalyticsProperties properties) {
        this.gravity = gravity;
        this.overrideRecordGravity = properties.profiles().overrideRecordGravity();
    }

    @SuppressWarnings("unchecked")
    List<ProfileEvent> of(Map<String, Object> row) {
        List<ProfileEvent> events = new ArrayList<>();
        for (Map<String, Object> o : (List<Map<String, Object>>) row.get("offences")) {
            String category = (String) o.get("category");
            String hoCode = (String) o.get("hoCode");
            GravityTable.Decided decided = gravity.decide(category, hoCode, (Number) o.get("gravity"), overrideRecordGravity);
            String label = category + (hoCode == null ? "" : " " + hoCode);
            events.add(new ProfileEvent((String) o.get("key"), (String) o.get("record"), (String) o.get("force"), label,
                    (LocalDate) o.get("date"), decided.value(), decided.source(), true));
        }
        for (Map<String, Object> r : (List<Map<String, Object>>) row.get("records")) {
            for (String flag : (List<String>) r.get("flags")) {
                Integer value = gravity.flag(flag);
                events.add(new ProfileEvent((String) r.get("key"), (String) r.get("key"), (String) r.get("force"),
                        "flag " + flag, (LocalDate) r.get("date"), value == null ? 1 : value,
                        value == null ? "default (none known)" : "gravity table", false));
            }
        }
        return events;
    }
}
