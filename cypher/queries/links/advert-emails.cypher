// Email addresses adverts give.
UNWIND $keys AS key
MATCH (:Advert {key: key})-[:ADVERTISES_EMAIL]->(e:Email)
WITH DISTINCT key, e ORDER BY e.address
WITH key, collect({node: {{node e}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
