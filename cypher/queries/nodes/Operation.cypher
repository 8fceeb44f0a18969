// Operation nodes by key, only those the caller may see.
UNWIND $keys AS key
MATCH (op:Operation {key: key})
WHERE {{visible op}}
RETURN key, {{node op}} AS node
