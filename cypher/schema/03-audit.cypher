// Audit log (security.AuditLog): append-only consultation events, read newest first.
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at);
CREATE INDEX audit_event_subject IF NOT EXISTS FOR (e:AuditEvent) ON (e.subject);
