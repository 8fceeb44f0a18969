// Appends one audit event (security.AuditLog). The audit log is append-only: this is the only
// Cypher that touches :AuditEvent besides reads, and it only ever CREATEs.
CREATE (:AuditEvent {
  id: $id,
  at: $at,
  channel: $channel,
  subject: $subject,
  roles: $roles,
  forces: $forces,
  purpose: $purpose,
  operation: $operation,
  operationType: $operationType,
  fields: $fields,
  queryHash: $queryHash,
  variables: $variables,
  valueHashes: $valueHashes,
  disclosedIds: $disclosedIds,
  disclosedCount: $disclosedCount,
  outcome: $outcome,
  errors: $errors,
  durationMs: $durationMs
})
