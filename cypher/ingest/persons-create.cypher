// Ingest persons.csv: new person records, each on its own Person until resolution places it.
{{ingest-new-record PersonRecord}}
MERGE (p:Person {id: row.personId})
CREATE (r)-[:RESOLVES_TO {score: 1.0, resolvedAt: $batch.now}]->(p)
{{ingest-person-links r}}
