// Ingest adverts.csv: new adverts (their links follow in adverts-link).
{{ingest-new-record Advert}}
