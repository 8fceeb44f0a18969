// Person nodes by key, only those the caller may see.
UNWIND $keys AS key
MATCH (p:Person {id: key})
WHERE {{visible-person p}}
RETURN key, {{node p}} AS node
