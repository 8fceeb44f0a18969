// Ingest ocg_members.csv: stored hash of each link of a chunk.
UNWIND $links AS link
MATCH (:PersonRecord {key: link.from})-[x:MEMBER_OF {linkKey: link.linkKey}]->()
RETURN link.linkKey AS linkKey, x.hash AS hash
