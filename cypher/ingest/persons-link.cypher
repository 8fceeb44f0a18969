// Ingest persons.csv: links of new and changed person records. A new record also gets its own
// Person until resolution places it (row.isNew); a changed one keeps its RESOLVES_TO, which is
// resolution's.
UNWIND $rows AS row
MATCH (r:PersonRecord {key: row.key})
FOREACH (id IN CASE WHEN row.isNew THEN [row.personId] ELSE [] END |
  MERGE (p:Person {id: id})
  CREATE (r)-[:RESOLVES_TO {score: 1.0, resolvedAt: $batch.now}]->(p))
{{ingest-person-links r}}
