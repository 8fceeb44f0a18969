// How many addresses the caller may see (and the list's filters keep).
MATCH (a:Address)
WHERE {{visible-address a}} AND {{addresses-filter a}}
RETURN count(a) AS total
