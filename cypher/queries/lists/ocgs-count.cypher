// How many ocgs the caller may see (and the list's filters keep).
MATCH (o:OrganisedCrimeGroup)
WHERE {{visible o}} AND {{force-status-filter o}}
RETURN count(o) AS total
