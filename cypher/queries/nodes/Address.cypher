// Address nodes by key, only those the caller may see.
UNWIND $keys AS key
MATCH (a:Address {key: key})
WHERE {{visible-address a}}
RETURN key, {{node a}} AS node
