// One page of ingest batches the caller may oversee ($batches, security.BatchScope), newest first:
// keyset paging on `position` (start time in epoch milliseconds, zero-padded, then the id), before
// the cursor's position. Only public fields are projected: never the server paths dir, rejectFile.
MATCH (b:Batch)
WHERE ($batches.allForces OR b.force IN $batches.forces) AND ($force IS NULL OR b.force = $force)
WITH b, right('000000000000000' + toString(b.ingestedAt.epochMillis), 15) + '|' + b.id AS position
WHERE $after IS NULL OR position < $after
WITH b, position ORDER BY position DESC LIMIT $limit
RETURN position, b {.id, .force, .system, .extracted, .handling, .source, .ingestedAt, .status, .rows, .accepted,
    .updated, .unchanged, .rejected} AS batch
