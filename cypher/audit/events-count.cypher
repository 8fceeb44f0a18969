// How many audit events match the filters of audit/events (without the cursor).
MATCH (e:AuditEvent)
WHERE ($subject IS NULL OR e.subject = $subject)
  AND ($from IS NULL OR e.at >= datetime($from))
  AND ($to IS NULL OR e.at < datetime($to))
  AND ($operation IS NULL OR e.operation = $operation OR $operation IN e.fields)
  AND ($purpose IS NULL OR toLower(e.purpose) CONTAINS toLower($purpose))
  AND ($outcome IS NULL OR e.outcome = $outcome)
  AND ($valueHash IS NULL OR $valueHash IN e.valueHashes)
RETURN count(e) AS total
