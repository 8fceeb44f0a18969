// The named person records ($keys), as search.SearchTokens reads them.
UNWIND $keys AS k
MATCH (r:PersonRecord {key: k})
RETURN r.key AS key, properties(r) AS props
