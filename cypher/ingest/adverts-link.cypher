// Ingest adverts.csv: phones, emails, images and location of new and changed adverts.
UNWIND $rows AS row
MATCH (r:Advert {key: row.key})
{{ingest-advert-links r}}
