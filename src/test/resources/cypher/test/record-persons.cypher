// Test only: the person every person record resolves to, whatever the caller may see.
MATCH (r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
RETURN r.key AS key, p.id AS personId
