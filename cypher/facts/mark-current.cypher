// Marks the per-person facts complete at the current version (the number facts-current.cypher
// checks), once every person has been refreshed (a catch-up). Fails closed: no mark while any
// person with a record of some force lacks every fact edge (a person written meanwhile by
// something that did not refresh it; the next catch-up finds it). Returns whether it marked.
WITH COUNT {
  MATCH (p:Person)
  WHERE NOT EXISTS { (p)<-[:HOLDS_PERSON]-(:Force) }
    AND EXISTS { (p)<-[:RESOLVES_TO]-(r:PersonRecord) WHERE r.force IS NOT NULL }
} AS unheld
CALL (unheld) {
  WITH unheld WHERE unheld = 0
  OPTIONAL MATCH (old:PersonFacts)
  DELETE old
  WITH count(*) AS cleared
  CREATE (:PersonFacts {version: 1, markedAt: datetime()})
}
RETURN unheld = 0 AS marked
