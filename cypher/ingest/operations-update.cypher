// Ingest operations.csv: changed operations.
{{ingest-new-version Operation}}
