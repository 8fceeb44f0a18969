// PersonRecord nodes by key, only those the caller may see.
UNWIND $keys AS key
MATCH (r:PersonRecord {key: key})
WHERE {{visible r}}
RETURN key, {{record-node r}} AS node
