// Ingest persons.csv: each new person record on its own Person until resolution places it.
UNWIND $rows AS row
MATCH (r:PersonRecord {key: row.key})
MERGE (p:Person {id: row.personId})
CREATE (r)-[:RESOLVES_TO {score: 1.0, resolvedAt: $batch.now}]->(p)
