// Phones of persons, through their visible records.
UNWIND $keys AS key
MATCH (:Person {id: key})<-[:RESOLVES_TO]-(r:PersonRecord)-[:HAS_PHONE]->(ph:Phone)
WHERE {{visible r}}
WITH DISTINCT key, ph ORDER BY ph.e164
WITH key, collect({node: {{node ph}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items
