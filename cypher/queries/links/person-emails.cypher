// Email addresses of persons, through their visible records.
UNWIND $keys AS key
MATCH (:Person {id: key})<-[:RESOLVES_TO]-(r:PersonRecord)-[:HAS_EMAIL]->(e:Email)
WHERE {{visible r}}
WITH DISTINCT key, e ORDER BY e.address
WITH key, collect({node: {{node e}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items
