// Visible adverts placed at addresses.
UNWIND $keys AS key
MATCH (:Address {key: key})<-[:LOCATED_AT]-(ad:Advert)
WHERE {{visible ad}}
WITH DISTINCT key, ad ORDER BY ad.key
WITH key, collect({node: {{node ad}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
