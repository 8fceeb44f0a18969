// How many operations the caller may see.
MATCH (op:Operation)
WHERE {{visible op}}
RETURN count(op) AS total
