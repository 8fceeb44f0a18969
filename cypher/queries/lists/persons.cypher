// One page of persons the caller may see (and the list's filters keep), in key order after the cursor's key (keyset paging).
MATCH (p:Person)
WHERE p.id > coalesce($after, '') AND {{visible-person p}} AND {{persons-filter p}}
WITH p ORDER BY p.id LIMIT $limit
RETURN {{node p}} AS node
