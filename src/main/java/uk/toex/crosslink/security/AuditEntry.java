package uk.toex.crosslink.security;

import java.time.Instant;
import java.util.List;

/**
 * One consultation as the audit log keeps it (DPA 2018 s.62): who, when, why, what was asked
 * and what was disclosed. Personal values never appear here in clear: variables carry HMACs
 * ({@link AuditLog#hash(String)}), errors carry classifications, not messages.
 *
 * @param channel       {@code graphql}, {@code http}, {@code cli}...
 * @param operation     GraphQL operation name, command or endpoint name
 * @param operationType {@code query}, {@code mutation}, {@code command}, {@code request}
 * @param fields        root fields asked for (GraphQL), or the command's own steps
 * @param queryHash     SHA-256 of the GraphQL document, or null
 * @param variables     JSON of the variables with personal values replaced by their HMAC
 * @param valueHashes   every HMAC in {@code variables}, to find who asked about a value
 * @param disclosedIds  ids of the persons and records returned (at most {@link #MAX_IDS})
 * @param disclosedCount how many ids were returned in all
 * @param errors        error classifications or reasons (no values)
 */
public record AuditEntry(
        Instant at, String channel, String subject, List<String> roles, List<String> forces, String purpose,
        String operation, String operationType, List<String> fields, String queryHash, String variables,
        List<String> valueHashes, List<String> disclosedIds, long disclosedCount, Outcome outcome,
        List<String> errors, long durationMs) {

    public static final int MAX_IDS = 1000;

    /** How the consultation ended. */
    public enum Outcome { OK, DENIED, ERROR }

    public AuditEntry {
        roles = List.copyOf(roles);
        forces = List.copyOf(forces);
        fields = List.copyOf(fields);
        valueHashes = List.copyOf(valueHashes);
        disclosedIds = disclosedIds.size() > MAX_IDS ? List.copyOf(disclosedIds.subList(0, MAX_IDS)) : List.copyOf(disclosedIds);
        errors = List.copyOf(errors);
    }

    /** Starts an entry for a caller on a channel; set the rest with the builder. */
    public static AuditEntryBuilder by(Caller caller, String channel) {
        return new AuditEntryBuilder(caller, channel);
    }
}
