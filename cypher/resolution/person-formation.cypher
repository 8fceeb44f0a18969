// The links that joined a person's records ($id), between records the caller may see.
MATCH (p:Person {id: $id})<-[:RESOLVES_TO]-(a:PersonRecord)-[l:RESOLUTION_LINK]->(b:PersonRecord)-[:RESOLVES_TO]->(p)
WHERE {{visible a}} AND {{visible b}}
RETURN a.key AS recordA, b.key AS recordB, l.probability AS probability
ORDER BY a.key, b.key
