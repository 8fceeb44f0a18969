// One row per person record with the person it resolves to, in key order.
MATCH (r:PersonRecord)
OPTIONAL MATCH (r)-[:RESOLVES_TO]->(p:Person)
RETURN r.key AS key, r.force AS force, r.system AS system, r.recordId AS recordId, p.id AS personId
ORDER BY r.key
