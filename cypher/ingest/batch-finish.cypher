// Ingest: the outcome of a batch run (counts, reject file, status).
MATCH (b:Batch {id: $batch.id})
SET b += $props
