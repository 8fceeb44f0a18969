// Appends audit events (security.AuditLog), one group commit of concurrent requests' events at a
// time. The audit log is append-only: this is the only Cypher that touches :AuditEvent besides
// reads, and it only ever CREATEs.
UNWIND $events AS e
CREATE (:AuditEvent {
  id: e.id,
  at: e.at,
  channel: e.channel,
  subject: e.subject,
  roles: e.roles,
  forces: e.forces,
  purpose: e.purpose,
  operation: e.operation,
  operationType: e.operationType,
  fields: e.fields,
  queryHash: e.queryHash,
  variables: e.variables,
  valueHashes: e.valueHashes,
  disclosedIds: e.disclosedIds,
  disclosedCount: e.disclosedCount,
  outcome: e.outcome,
  errors: e.errors,
  durationMs: e.durationMs
})
