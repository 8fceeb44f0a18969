// The next page (in key order, after $after) of person records whose search words are missing or
// older than $version: the start-up catch-up of search.SearchTokenIndexer (records loaded by the
// offline importer, or indexed by an older release).
MATCH (r:PersonRecord)
WHERE r.key > $after
WITH r ORDER BY r.key LIMIT $limit
RETURN r.key AS key, properties(r) AS props, coalesce(r.searchVersion, 0) >= $version AS current
