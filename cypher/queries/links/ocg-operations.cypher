// Visible operations that have OCGs as subjects.
UNWIND $keys AS key
MATCH (:OrganisedCrimeGroup {key: key})<-[s:HAS_SUBJECT]-(op:Operation)
WHERE {{visible op}}
WITH key, op, s ORDER BY op.key
WITH key, collect({node: {{node op}}, role: s.role}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
