// Ingest ocgs.csv: stored hash of each key of a chunk.
{{ingest-existing OrganisedCrimeGroup}}
