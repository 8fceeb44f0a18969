// Person records by key for the read API, only those the caller may see (redacted by graph.GraphNodes).
UNWIND $keys AS key
MATCH (r:PersonRecord {key: key})
WHERE {{visible r}}
RETURN key, {{record-node r}} AS node
