// Persons linked to addresses: one edge per address relationship of a visible record.
UNWIND $keys AS key
MATCH (:Address {key: key})<-[rel:AT_ADDRESS]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
WHERE {{visible r}}
WITH key, p, rel, r ORDER BY p.id, rel.relation, rel.from, r.key
WITH key, collect({node: {{node p}}, relation: rel.relation, from: rel.from, to: rel.to, source: rel.source,
    record: {{record-node r}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items
