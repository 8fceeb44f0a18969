// Ingest: record the start of a batch run and the force it came from.
MERGE (f:Force {code: $props.force})
CREATE (b:Batch)
SET b = $props, b.ingestedAt = $batch.now, b.status = 'running'
CREATE (b)-[:FROM_FORCE]->(f)
