// How many operations the caller may see (and the list's filters keep).
MATCH (op:Operation)
WHERE {{visible op}} AND {{force-status-filter op}}
RETURN count(op) AS total
