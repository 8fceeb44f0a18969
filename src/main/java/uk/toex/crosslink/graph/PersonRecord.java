package uk.toex.crosslink.graph;

import java.util.Map;

/**
 * One force's record of a person, as received; {@code personId} is the person it resolves to.
 * When {@code identityHidden}, the identifying properties already hold {@code Redaction.MARKER}.
 */
public record PersonRecord(String key, Map<String, Object> props, String personId, boolean identityHidden)
        implements SourceNode {

    public Person person() {
        return personId == null ? null : Person.withId(personId);
    }

    public String givenNames() {
        return (String) props.get("givenNames");
    }

    public String familyName() {
        return (String) props.get("familyName");
    }

    public String force() {
        return (String) props.get("force");
    }
}
