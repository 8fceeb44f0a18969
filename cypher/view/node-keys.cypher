// Inside the caller's view: labels and properties of nodes a result names only as the ends of a
// relationship, so that they can be given their read API global ids.
MATCH (n)
WHERE elementId(n) IN $ids
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
