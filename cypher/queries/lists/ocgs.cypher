// One page of ocgs the caller may see (and the list's filters keep), in key order after the cursor's key (keyset paging).
MATCH (o:OrganisedCrimeGroup)
WHERE o.key > coalesce($after, '') AND {{visible o}} AND {{force-status-filter o}}
WITH o ORDER BY o.key LIMIT $limit
RETURN {{node o}} AS node
