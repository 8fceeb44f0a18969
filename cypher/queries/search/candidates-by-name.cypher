// Person records whose search words match $query (a Lucene query of search.SearchTokens), best
// first, that the caller may see with their contact details (so a partner never finds a protected
// person by name), with the person each resolves to.
CALL db.index.fulltext.queryNodes('person_record_search', $query, {limit: $limit}) YIELD node AS r, score
WHERE {{visible-contacts r}}
MATCH (r)-[:RESOLVES_TO]->(p:Person)
RETURN r.key AS key, properties(r) AS props, p.id AS personId
