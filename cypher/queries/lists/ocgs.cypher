// One page of ocgs the caller may see, in key order after the cursor's key (keyset paging).
MATCH (o:OrganisedCrimeGroup)
WHERE o.key > coalesce($after, '') AND {{visible o}}
WITH o ORDER BY o.key LIMIT $limit
RETURN {{node o}} AS node
