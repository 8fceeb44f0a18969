// Email nodes by key, only those the caller may see.
UNWIND $keys AS key
MATCH (e:Email {address: key})
WHERE {{visible-email e}}
RETURN key, {{node e}} AS node
