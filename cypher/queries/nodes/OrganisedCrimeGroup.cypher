// OrganisedCrimeGroup nodes by key, only those the caller may see.
UNWIND $keys AS key
MATCH (o:OrganisedCrimeGroup {key: key})
WHERE {{visible o}}
RETURN key, {{node o}} AS node
