// Ingest offences.csv: stored hash of each key of a chunk.
{{ingest-existing Offence}}
