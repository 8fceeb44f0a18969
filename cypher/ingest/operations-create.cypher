// Ingest operations.csv: new operations.
{{ingest-new-record Operation}}
