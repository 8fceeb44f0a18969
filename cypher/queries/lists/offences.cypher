// One page of offences the caller may see (and the list's filters keep), in key order after the cursor's key (keyset paging).
MATCH (off:Offence)
WHERE off.key > coalesce($after, '') AND {{visible off}} AND {{offences-filter off}}
WITH off ORDER BY off.key LIMIT $limit
RETURN {{node off}} AS node
