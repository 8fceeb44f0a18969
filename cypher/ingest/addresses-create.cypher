// Ingest addresses.csv: new address records, resolved to the Address of their key.
{{ingest-new-record AddressRecord}}
MERGE (a:Address {key: row.address.key})
  ON CREATE SET a += row.address
CREATE (r)-[:RESOLVES_TO {batchId: $batch.id}]->(a)
