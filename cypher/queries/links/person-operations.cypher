// Operations in which persons are subjects, through their visible records.
UNWIND $keys AS key
MATCH (:Person {id: key})<-[:RESOLVES_TO]-(r:PersonRecord)<-[s:HAS_SUBJECT]-(op:Operation)
WHERE {{visible r}} AND {{visible op}}
WITH key, op, s, r ORDER BY op.key, r.key
WITH key, collect({node: {{node op}}, role: s.role, record: {{record-node r}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
