// Test only: the newest audit event of one subject.
MATCH (e:AuditEvent)
WHERE e.subject = $subject
RETURN e.variables AS variables, e.fields AS fields, e.outcome AS outcome, e.valueHashes AS valueHashes
ORDER BY e.at DESC
LIMIT 1
