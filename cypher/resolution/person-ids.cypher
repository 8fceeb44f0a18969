// Current person of each named record ($keys).
UNWIND $keys AS k
MATCH (r:PersonRecord {key: k})
OPTIONAL MATCH (r)-[:RESOLVES_TO]->(p:Person)
RETURN r.key AS key, p.id AS personId
