// Makes the per-person facts of the persons these person records ($keys) resolve to exact: an
// ingest chunk's new and changed records, in the chunk's own transaction.
UNWIND $keys AS key
MATCH (:PersonRecord {key: key})-[:RESOLVES_TO]->(p:Person)
WITH DISTINCT p
{{person-facts-refresh p}}
