// Ingest addresses.csv: current properties of records about to change.
{{ingest-current AddressRecord}}
