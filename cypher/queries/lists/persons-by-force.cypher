// One page of the persons list filtered by force (persons.cypher with $force set), in key order after
// the cursor's key. A person is listed when it has a visible record of the force, which also makes
// the person visible (visible-person), so the walk starts from that force's records (index
// source_record_force) instead of testing every person: the cost follows the force's records.
MATCH (r:SourceRecord:PersonRecord {force: $force})-[:RESOLVES_TO]->(p:Person)
WHERE p.id > coalesce($after, '') AND {{visible r}}
WITH DISTINCT p ORDER BY p.id LIMIT $limit
RETURN {{node p}} AS node
