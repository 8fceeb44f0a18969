// Ingest: keep the current content of changed records of label __ as a RecordVersion, then
// replace it with the new content (row.props) and bump the version.
UNWIND $rows AS row
MATCH (r:__ {key: row.key})
CREATE (r)-[:PREVIOUS_VERSION]->(:RecordVersion {version: r.version, hash: r.hash, batchId: r.batchId,
    extracted: r.extracted, ingestedAt: r.ingestedAt, supersededAt: $batch.now, content: row.previous})
WITH r, row, r.version + 1 AS version, r.firstIngestedAt AS firstIngestedAt
SET r = row.props
SET r.version = version, r.firstIngestedAt = firstIngestedAt, r.batchId = $batch.id,
    r.extracted = $batch.extracted, r.ingestedAt = $batch.now
