// The addresses visible address records resolve to.
UNWIND $keys AS key
MATCH (ar:AddressRecord {key: key})-[:RESOLVES_TO]->(a:Address)
WHERE {{visible ar}}
WITH key, a ORDER BY a.key
RETURN key, head(collect({{node a}})) AS node
