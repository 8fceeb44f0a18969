// Test only: the exact answer the per-person facts must give, from the records themselves: the
// persons with a record of $force the caller may see (visible.cypher), in id order.
MATCH (r:SourceRecord:PersonRecord {force: $force})-[:RESOLVES_TO]->(p:Person)
WHERE {{visible r}}
RETURN DISTINCT p.id AS id ORDER BY id
