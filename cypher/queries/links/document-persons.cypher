// Persons holding identity documents, through visible records.
UNWIND $keys AS key
MATCH (:IdDocument {key: key})<-[:HAS_DOCUMENT]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
WHERE {{visible r}}
WITH DISTINCT key, p ORDER BY p.id
WITH key, collect({node: {{node p}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items
