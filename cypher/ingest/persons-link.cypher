// Ingest persons.csv: links of changed person records, rebuilt from the new content (new ones
// get theirs in persons-create). RESOLVES_TO is resolution's and stays.
UNWIND $rows AS row
MATCH (r:PersonRecord {key: row.key})
{{ingest-person-links r}}
