// Ingest adverts.csv: changed adverts; links derived from the old content go (adverts-link
// rebuilds them from the new content).
{{ingest-new-version Advert}}
WITH r
CALL (r) {
  MATCH (r)-[old:ADVERTISES_PHONE|ADVERTISES_EMAIL|HAS_IMAGE|LOCATED_AT]->()
  DELETE old
}
