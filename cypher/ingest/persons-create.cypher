// Ingest persons.csv: new person records with all that derives from them, in one pass: each
// gets its own Person until resolution places it (a new record's Person id is derived from its
// key, so it cannot exist yet: CREATE, not MERGE), and its phones, emails, documents and home
// address (shared nodes: MERGE). Unplaced marks it for resolution in the same transaction, so a
// process that dies before placing it leaves the mark for the next placement to find.
{{ingest-new-record PersonRecord}}
SET r:Unplaced
CREATE (r)-[:RESOLVES_TO {score: 1.0, resolvedAt: $batch.now}]->(:Person {id: row.personId})
{{ingest-person-links r}}
