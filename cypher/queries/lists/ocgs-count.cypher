// How many ocgs the caller may see.
MATCH (o:OrganisedCrimeGroup)
WHERE {{visible o}}
RETURN count(o) AS total
