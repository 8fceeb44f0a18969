// Ingest: resolved-layer links of advert __ from its adverts.csv row.
FOREACH (e164 IN row.phones |
  MERGE (phone:Phone {e164: e164})
  CREATE (__)-[:ADVERTISES_PHONE {batchId: $batch.id}]->(phone))
FOREACH (address IN row.emails |
  MERGE (email:Email {address: address})
  CREATE (__)-[:ADVERTISES_EMAIL {batchId: $batch.id}]->(email))
FOREACH (hash IN row.images |
  MERGE (image:ImageHash {hash: hash})
  CREATE (__)-[:HAS_IMAGE {batchId: $batch.id}]->(image))
FOREACH (place IN row.location |
  MERGE (located:Address {key: place.key})
    ON CREATE SET located.line1 = place.line1, located.postcode = place.postcode
  CREATE (__)-[:LOCATED_AT {batchId: $batch.id}]->(located))
