// Ingest person_addresses.csv: new or changed links, replacing any earlier version of the link.
UNWIND $links AS link
MATCH (p:PersonRecord {key: link.from})
MATCH (:AddressRecord {key: link.to})-[:RESOLVES_TO]->(a:Address)
CALL (p, link) {
  MATCH (p)-[old:AT_ADDRESS {linkKey: link.linkKey}]->()
  DELETE old
}
CREATE (p)-[x:AT_ADDRESS]->(a)
SET x = link.props, x.source = 'person_addresses', x.addressRecord = link.to, x.batchId = $batch.id
RETURN count(x) AS written
