// Ingest ocgs.csv: new organised crime groups.
{{ingest-new-record OrganisedCrimeGroup}}
