package uk.toex.crosslink.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Builds an {@link AuditEntry}; everything but caller, channel and outcome is optional. */
public final class AuditEntryBuilder {

    private final Caller caller;
    private final String channel;
    private final Instant at = Instant.now();
    private String purpose;
    private String operation;
    private String operationType = "request";
    private List<String> fields = List.of();
    private String queryHash;
    private String variables;
    private List<String> valueHashes = List.of();
    private List<String> disclosedIds = List.of();
    private long disclosedCount;
    private List<String> errors = List.of();

    AuditEntryBuilder(Caller caller, String channel) {
        this.caller = caller;
        this.channel = channel;
    }

    public AuditEntryBuilder purpose(String purpose) {
        this.purpose = purpose;
        return this;
    }

    public AuditEntryBuilder operation(String name, String type, Collection<String> rootFields) {
        this.operation = name;
        this.operationType = type;
        this.fields = List.copyOf(rootFields);
        return this;
    }

    public AuditEntryBuilder query(String documentHash, String hashedVariablesJson, Collection<String> valueHashes) {
        this.queryHash = documentHash;
        this.variables = hashedVariablesJson;
        this.valueHashes = List.copyOf(valueHashes);
        return this;
    }

    /** What was disclosed: ids of persons and records returned, and how many in all. */
    public AuditEntryBuilder disclosed(Collection<String> ids, long count) {
        this.disclosedIds = List.copyOf(ids);
        this.disclosedCount = count;
        return this;
    }

    public AuditEntryBuilder errors(Collection<String> classifications) {
        this.errors = List.copyOf(classifications);
        return this;
    }

    public AuditEntry outcome(AuditEntry.Outcome outcome) {
        List<String> roles = caller.roles().stream().map(Role::name).sorted().toList();
        return new AuditEntry(at, channel, caller.subject(), roles, List.copyOf(caller.forceClaim()), purpose,
                operation, operationType, fields, queryHash, variables, valueHashes, disclosedIds, disclosedCount,
                outcome, errors, Duration.between(at, Instant.now()).toMillis());
    }
}
