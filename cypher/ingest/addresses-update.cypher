// Ingest addresses.csv: changed address records. When the new content resolves to another
// Address, links made through this record (person_addresses, operation_subjects) move with it.
{{ingest-new-version AddressRecord}}
WITH r, row
MERGE (a:Address {key: row.address.key})
  ON CREATE SET a += row.address
WITH r, a
CALL (r, a) {
  MATCH (r)-[old:RESOLVES_TO]->(previous:Address)
  WHERE previous <> a
  CALL (r, a, previous) {
    MATCH (previous)<-[link:AT_ADDRESS {addressRecord: r.key}]-(holder)
    CREATE (holder)-[moved:AT_ADDRESS]->(a)
    SET moved = properties(link)
    DELETE link
  }
  CALL (r, a, previous) {
    MATCH (previous)<-[link:HAS_SUBJECT {addressRecord: r.key}]-(holder)
    CREATE (holder)-[moved:HAS_SUBJECT]->(a)
    SET moved = properties(link)
    DELETE link
  }
  DELETE old
}
MERGE (r)-[resolved:RESOLVES_TO]->(a)
SET resolved.batchId = $batch.id
