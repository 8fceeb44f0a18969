// Ingest ocgs.csv: changed organised crime groups.
{{ingest-new-version OrganisedCrimeGroup}}
