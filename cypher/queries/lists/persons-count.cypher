// How many persons the caller may see.
MATCH (p:Person)
WHERE {{visible-person p}}
RETURN count(p) AS total
