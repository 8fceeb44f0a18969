// Ingest adverts.csv: stored hash of each key of a chunk.
{{ingest-existing Advert}}
