// Ingest adverts.csv: changed adverts; derived links rebuilt from the new content.
{{ingest-new-version Advert}}
WITH r, row
CALL (r) {
  MATCH (r)-[old:ADVERTISES_PHONE|ADVERTISES_EMAIL|HAS_IMAGE|LOCATED_AT]->()
  DELETE old
}
{{ingest-advert-links r}}
