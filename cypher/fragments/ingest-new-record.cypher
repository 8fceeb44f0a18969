// Ingest: create the chunk's new records of kind label __ (classified new in the same
// transaction). row.props already holds the version and batch metadata: one SET keeps the
// plan free of an Eager.
UNWIND $rows AS row
CREATE (r:SourceRecord:__)
SET r = row.props
