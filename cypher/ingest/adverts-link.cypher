// Ingest adverts.csv: phones, emails, images and location of changed adverts (new ones get
// theirs in adverts-create).
UNWIND $rows AS row
MATCH (r:Advert {key: row.key})
{{ingest-advert-links r}}
