// One page of audit events, newest first, for auditEvents(filter, first, after).
// Every filter is optional (null = any). The cursor is the (at, id) of the last event seen.
MATCH (e:AuditEvent)
WHERE ($subject IS NULL OR e.subject = $subject)
  AND ($from IS NULL OR e.at >= datetime($from))
  AND ($to IS NULL OR e.at < datetime($to))
  AND ($operation IS NULL OR e.operation = $operation OR $operation IN e.fields)
  AND ($purpose IS NULL OR toLower(e.purpose) CONTAINS toLower($purpose))
  AND ($outcome IS NULL OR e.outcome = $outcome)
  AND ($valueHash IS NULL OR $valueHash IN e.valueHashes)
  AND ($afterAt IS NULL OR e.at < datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id < $afterId))
RETURN e {.*} AS event
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
