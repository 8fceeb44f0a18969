// How many addresses the caller may see.
MATCH (a:Address)
WHERE {{visible-address a}}
RETURN count(a) AS total
