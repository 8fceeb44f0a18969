// Ingest offences.csv: current properties of records about to change.
{{ingest-current Offence}}
