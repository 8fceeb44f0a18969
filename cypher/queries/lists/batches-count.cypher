// How many ingest batches the caller may oversee ($batches, security.BatchScope).
MATCH (b:Batch)
WHERE ($batches.allForces OR b.force IN $batches.forces) AND ($force IS NULL OR b.force = $force)
RETURN count(b) AS total
