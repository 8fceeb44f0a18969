// One page of forces the caller may see, in key order after the cursor's key (keyset paging).
MATCH (f:Force)
WHERE f.code > coalesce($after, '') AND {{visible-force f}}
WITH f ORDER BY f.code LIMIT $limit
RETURN {{force-node f}} AS node
