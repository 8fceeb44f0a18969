// Ingest adverts.csv: current properties of records about to change.
{{ingest-current Advert}}
