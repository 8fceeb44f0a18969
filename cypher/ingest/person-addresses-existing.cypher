// Ingest person_addresses.csv: stored hash of each link of a chunk.
UNWIND $links AS link
MATCH (:PersonRecord {key: link.from})-[x:AT_ADDRESS {linkKey: link.linkKey}]->()
RETURN link.linkKey AS linkKey, x.hash AS hash
