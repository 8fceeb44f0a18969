// Person search (search.PersonSearch): candidates come from indexes, never a scan. The words of
// search.SearchTokens (folded name parts, their sounds, birth year and date), split on spaces.
CREATE FULLTEXT INDEX person_record_search IF NOT EXISTS FOR (r:PersonRecord) ON EACH [r.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
// A document searched by its number alone, whatever type a force recorded it under.
CREATE INDEX id_document_number IF NOT EXISTS FOR (d:IdDocument) ON (d.number);
// Which records still lack the current search words (written by search.SearchTokenIndexer).
CREATE INDEX person_record_search_version IF NOT EXISTS FOR (r:PersonRecord) ON (r.searchVersion);
