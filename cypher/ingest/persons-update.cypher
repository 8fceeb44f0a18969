// Ingest persons.csv: changed person records; the links derived from the old content go (they
// are rebuilt by persons-link). RESOLVES_TO is resolution's and stays.
{{ingest-new-version PersonRecord}}
WITH r
CALL (r) {
  MATCH (r)-[old:HAS_PHONE|HAS_EMAIL|HAS_DOCUMENT]->()
  DELETE old
}
CALL (r) {
  MATCH (r)-[old:AT_ADDRESS {source: 'persons'}]->()
  DELETE old
}
