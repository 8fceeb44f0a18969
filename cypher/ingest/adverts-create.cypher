// Ingest adverts.csv: new adverts and their phones, emails, images and location.
{{ingest-new-record Advert}}
{{ingest-advert-links r}}
