// Ingest: create the chunk's new records of kind label __ (classified new in the same transaction).
UNWIND $rows AS row
CREATE (r:SourceRecord:__)
SET r = row.props
SET r.version = 1, r.batchId = $batch.id, r.extracted = $batch.extracted,
    r.ingestedAt = $batch.now, r.firstIngestedAt = $batch.now
