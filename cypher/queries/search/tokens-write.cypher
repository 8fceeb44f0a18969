// Stores the search words of person records ($rows: key, text) with the version that made them.
UNWIND $rows AS row
MATCH (r:PersonRecord {key: row.key})
SET r.searchText = row.text, r.searchVersion = $version
