// Identity documents of persons, through their visible records.
UNWIND $keys AS key
MATCH (:Person {id: key})<-[:RESOLVES_TO]-(r:PersonRecord)-[:HAS_DOCUMENT]->(d:IdDocument)
WHERE {{visible r}}
WITH DISTINCT key, d ORDER BY d.key
WITH key, collect({node: {{node d}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items
