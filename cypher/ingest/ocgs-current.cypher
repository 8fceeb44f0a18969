// Ingest ocgs.csv: current properties of records about to change.
{{ingest-current OrganisedCrimeGroup}}
