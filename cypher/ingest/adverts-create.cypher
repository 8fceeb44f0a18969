// Ingest adverts.csv: new adverts with their phones, emails, images and location, in one pass.
{{ingest-new-record Advert}}
{{ingest-advert-links r}}
