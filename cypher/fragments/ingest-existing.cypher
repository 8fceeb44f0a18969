// Ingest: hash of each record of a chunk already in the store. __ is the kind label.
UNWIND $keys AS key
MATCH (r:__ {key: key})
RETURN key, r.hash AS hash
