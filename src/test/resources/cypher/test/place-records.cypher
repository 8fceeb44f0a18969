// Test only: places person records into the persons entity resolution would have chosen (it is
// not part of this build yet; ingest gives every new record a person of its own). Moves the
// RESOLVES_TO of each record, as resolution does, and drops persons left without a record.
UNWIND $placements AS placement
MATCH (r:PersonRecord {key: placement.key})-[old:RESOLVES_TO]->(was:Person)
MERGE (p:Person {id: placement.personId})
DELETE old
CREATE (r)-[:RESOLVES_TO {score: 1.0, resolvedAt: datetime()}]->(p)
WITH DISTINCT was
WHERE NOT EXISTS { (was)<-[:RESOLVES_TO]-(:PersonRecord) }
DETACH DELETE was
