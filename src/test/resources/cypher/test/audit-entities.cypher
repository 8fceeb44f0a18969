// Test only: the audit events one subject left through federation's _entities, and their purposes.
MATCH (e:AuditEvent)
WHERE e.subject = $subject AND '_entities' IN e.fields
RETURN count(e) AS events, collect(DISTINCT e.purpose) AS purposes, collect(DISTINCT e.outcome) AS outcomes
