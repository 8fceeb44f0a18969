// Ingest operations.csv: stored hash of each key of a chunk.
{{ingest-existing Operation}}
