// The catch-up's walk: the next page of person ids after $after, in id order.
MATCH (p:Person)
WHERE p.id > $after
WITH p ORDER BY p.id LIMIT $limit
RETURN p.id AS id
