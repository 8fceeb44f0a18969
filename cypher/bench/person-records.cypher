// The store benchmark's synthetic person records, written as ingest writes new ones: each a
// current version with its own person. Only `bench store` runs this, on a throw-away store.
UNWIND $rows AS row
CREATE (r:SourceRecord:PersonRecord)
SET r = row, r.handling = 'P', r.version = 1
REMOVE r.personId
CREATE (r)-[:RESOLVES_TO {score: 1.0}]->(:Person {id: row.personId})
