// IdDocument nodes by key, only those the caller may see.
UNWIND $keys AS key
MATCH (d:IdDocument {key: key})
WHERE {{visible-document d}}
RETURN key, {{node d}} AS node
