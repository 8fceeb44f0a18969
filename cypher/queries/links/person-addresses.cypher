// Addresses of persons, one edge per address relationship of a visible record.
UNWIND $keys AS key
MATCH (:Person {id: key})<-[:RESOLVES_TO]-(r:PersonRecord)-[rel:AT_ADDRESS]->(a:Address)
WHERE {{visible r}}
WITH key, a, rel, r ORDER BY a.key, rel.relation, rel.from, r.key
WITH key, collect({node: {{node a}}, relation: rel.relation, from: rel.from, to: rel.to, source: rel.source,
    record: {{record-node r}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items
