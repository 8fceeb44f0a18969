// Test only: how many audit events there are, and how many are one subject's with outcome ok.
MATCH (e:AuditEvent)
RETURN count(e) AS all, count(CASE WHEN e.subject = $subject AND e.outcome = 'ok' THEN 1 END) AS mine
