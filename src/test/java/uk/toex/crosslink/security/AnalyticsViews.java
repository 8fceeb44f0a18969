package uk.toex.crosslink.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import uk.toex.crosslink.security.MatrixViews.Keyed;
import uk.toex.crosslink.security.MatrixViews.PersonBrief;

/** The shapes in which the analytics matrix's GraphQL documents return the products, to compare whole. */
final class AnalyticsViews {

    private AnalyticsViews() {
    }

    /**
     * One component of a score. In an expectation, {@code explanation} is what the served sentence
     * must name (an event's key, a count), not the whole sentence.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComponentSeen(String name, double value, double weight, String explanation) {
    }

    /** A force profile entry. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileSeen(int rank, double score, PersonBrief person, List<ComponentSeen> components, List<String> forces,
                       List<Keyed> offences, List<Keyed> records) {

        ProfileSeen ranked(int rank) {
            return new ProfileSeen(rank, score, person, components, forces, offences, records);
        }
    }

    /** One evidence line of a group: the two persons' global ids, the link kind and its sentence. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EvidenceSeen(String from, String to, String kind, String explanation) {
    }

    /** A discovered group (evidence is compared on its own: which records it names is the caller's choice of one). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupSeen(String id, List<PersonBrief> members, List<String> forces, double cohesion, boolean unmapped,
                     int suspects, List<Keyed> overlapsOcgs, List<EvidenceSeen> evidence) {
    }

    /** A priority threat (in this world always a mapped OCG). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ThreatSeen(int rank, double score, List<ComponentSeen> components, Keyed ocg) {

        ThreatSeen ranked(int rank) {
            return new ThreatSeen(rank, score, components, ocg);
        }
    }

    /** A harm flag (evidence lines are checked for what they name). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FlagSeen(String id, String rule, PersonBrief person, String status, List<String> evidence) {
    }
}
