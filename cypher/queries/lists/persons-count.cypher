// How many persons the caller may see (and the list's filters keep).
MATCH (p:Person)
WHERE {{visible-person p}} AND {{persons-filter p}}
RETURN count(p) AS total
