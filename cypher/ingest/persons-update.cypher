// Ingest persons.csv: changed person records. RESOLVES_TO is resolution's and stays; the links
// derived from the row are rebuilt from the new content.
{{ingest-new-version PersonRecord}}
WITH r, row
CALL (r) {
  MATCH (r)-[old:HAS_PHONE|HAS_EMAIL|HAS_DOCUMENT]->()
  DELETE old
}
CALL (r) {
  MATCH (r)-[old:AT_ADDRESS {source: 'persons'}]->()
  DELETE old
}
{{ingest-person-links r}}
