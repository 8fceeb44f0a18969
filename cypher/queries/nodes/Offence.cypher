// Offence nodes by key, only those the caller may see.
UNWIND $keys AS key
MATCH (off:Offence {key: key})
WHERE {{visible off}}
RETURN key, {{node off}} AS node
