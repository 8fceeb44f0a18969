// Forces by code, with counts, only those with a record the caller may see.
UNWIND $keys AS key
MATCH (f:Force {code: key})
WHERE {{visible-force f}}
RETURN key, {{force-node f}} AS node
