// Members of OCGs: one edge per visible member record, walking to its person.
UNWIND $keys AS key
MATCH (:OrganisedCrimeGroup {key: key})<-[m:MEMBER_OF]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
WHERE {{visible r}}
WITH key, p, m, r ORDER BY p.id, r.key
WITH key, collect({node: {{node p}}, role: m.role, record: {{record-node r}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
