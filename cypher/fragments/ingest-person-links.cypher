// Ingest: resolved-layer links of person record __ from its persons.csv row.
FOREACH (e164 IN row.phones |
  MERGE (phone:Phone {e164: e164})
  CREATE (__)-[:HAS_PHONE {batchId: $batch.id}]->(phone))
FOREACH (address IN row.emails |
  MERGE (email:Email {address: address})
  CREATE (__)-[:HAS_EMAIL {batchId: $batch.id}]->(email))
FOREACH (doc IN row.documents |
  MERGE (document:IdDocument {key: doc.key})
    ON CREATE SET document.type = doc.type, document.number = doc.number
  CREATE (__)-[:HAS_DOCUMENT {batchId: $batch.id}]->(document))
FOREACH (home IN row.home |
  MERGE (place:Address {key: home.key})
    ON CREATE SET place.line1 = home.line1, place.postcode = home.postcode
  CREATE (__)-[:AT_ADDRESS {relation: 'HOME', source: 'persons', batchId: $batch.id}]->(place))
