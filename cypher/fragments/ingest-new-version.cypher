// Ingest: keep the current content of changed records of label __ as a RecordVersion, then
// replace it with the new content (row.props), bump the version and remember the flags it held.
UNWIND $rows AS row
MATCH (r:__ {key: row.key})
CREATE (r)-[:PREVIOUS_VERSION]->(:RecordVersion {version: r.version, hash: r.hash, batchId: r.batchId,
    extracted: r.extracted, ingestedAt: r.ingestedAt, supersededAt: $batch.now, content: row.previous})
WITH r, row, r.version + 1 AS version, r.firstIngestedAt AS firstIngestedAt,
     coalesce(r.priorFlags, []) + [__Flag IN coalesce(r.flags, []) WHERE NOT __Flag IN coalesce(r.priorFlags, [])]
       AS priorFlags
SET r = row.props
// priorFlags: flags the record held in any older version, so that a protected person stays
// protected after a flag is removed, since its history says it was (absent when there were none)
SET r.version = version, r.firstIngestedAt = firstIngestedAt, r.batchId = $batch.id,
    r.extracted = $batch.extracted, r.ingestedAt = $batch.now,
    r.priorFlags = CASE WHEN size(priorFlags) > 0 THEN priorFlags END
