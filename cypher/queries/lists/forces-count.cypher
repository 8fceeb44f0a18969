// How many forces the caller may see.
MATCH (f:Force)
WHERE {{visible-force f}}
RETURN count(f) AS total
