// Phones adverts give.
UNWIND $keys AS key
MATCH (:Advert {key: key})-[:ADVERTISES_PHONE]->(ph:Phone)
WITH DISTINCT key, ph ORDER BY ph.e164
WITH key, collect({node: {{node ph}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
