// Offences by key for the read API, only those the caller may see.
UNWIND $keys AS key
MATCH (o:Offence {key: key})
WHERE {{visible o}}
RETURN key, {{node o}} AS node
