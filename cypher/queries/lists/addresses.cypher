// One page of addresses the caller may see (and the list's filters keep), in key order after the cursor's key (keyset paging).
MATCH (a:Address)
WHERE a.key > coalesce($after, '') AND {{visible-address a}} AND {{addresses-filter a}}
WITH a ORDER BY a.key LIMIT $limit
RETURN {{node a}} AS node
