// Moves each record ($rows: key, personId, score) to its person; creates the person if new.
UNWIND $rows AS row
MATCH (r:PersonRecord {key: row.key})
CALL (r) {
  MATCH (r)-[old:RESOLVES_TO]->(:Person)
  DELETE old
}
MERGE (p:Person {id: row.personId})
CREATE (r)-[:RESOLVES_TO {score: row.score, resolvedAt: datetime()}]->(p)
