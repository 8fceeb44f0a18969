// Ingest operations.csv: current properties of records about to change.
{{ingest-current Operation}}
