// Ingest persons.csv: resolved-layer links of new and changed person records.
UNWIND $rows AS row
MATCH (r:PersonRecord {key: row.key})
{{ingest-person-links r}}
