// One page of operations the caller may see (and the list's filters keep), in key order after the cursor's key (keyset paging).
MATCH (op:Operation)
WHERE op.key > coalesce($after, '') AND {{visible op}} AND {{force-status-filter op}}
WITH op ORDER BY op.key LIMIT $limit
RETURN {{node op}} AS node
