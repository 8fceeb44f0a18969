// Visible operations that have adverts as subjects.
UNWIND $keys AS key
MATCH (:Advert {key: key})<-[s:HAS_SUBJECT]-(op:Operation)
WHERE {{visible op}}
WITH key, op, s ORDER BY op.key
WITH key, collect({node: {{node op}}, role: s.role}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
