// Ingest operation_subjects.csv: stored hash of each link of a chunk.
UNWIND $links AS link
MATCH (:Operation {key: link.from})-[x:HAS_SUBJECT {linkKey: link.linkKey}]->()
RETURN link.linkKey AS linkKey, x.hash AS hash
