// Ingest persons.csv: new person records (their links follow in persons-link).
{{ingest-new-record PersonRecord}}
