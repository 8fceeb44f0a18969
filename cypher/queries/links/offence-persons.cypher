// Persons involved in offences, through visible records.
UNWIND $keys AS key
MATCH (:Offence {key: key})<-[i:INVOLVED_IN]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
WHERE {{visible r}}
WITH key, p, i, r ORDER BY p.id, r.key
WITH key, collect({node: {{node p}}, involvement: i.involvement, record: {{record-node r}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
