// Ingest persons.csv: current properties of records about to change.
{{ingest-current PersonRecord}}
