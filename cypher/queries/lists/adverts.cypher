// One page of adverts the caller may see (and the list's filters keep), in key order after the cursor's key (keyset paging).
MATCH (ad:Advert)
WHERE ad.key > coalesce($after, '') AND {{visible ad}} AND {{adverts-filter ad}}
WITH ad ORDER BY ad.key LIMIT $limit
RETURN {{node ad}} AS node
