// One page of persons the caller may see, in key order after the cursor's key (keyset paging).
MATCH (p:Person)
WHERE p.id > coalesce($after, '') AND {{visible-person p}}
WITH p ORDER BY p.id LIMIT $limit
RETURN {{node p}} AS node
