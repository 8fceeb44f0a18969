// Ingest: current properties of records about to be superseded (kept as a RecordVersion).
UNWIND $keys AS key
MATCH (r:__ {key: key})
RETURN key, properties(r) AS props
