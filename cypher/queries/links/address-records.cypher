// Visible address records that resolve to addresses, in key order.
UNWIND $keys AS key
MATCH (:Address {key: key})<-[:RESOLVES_TO]-(ar:AddressRecord)
WHERE {{visible ar}}
WITH key, ar ORDER BY ar.key
WITH key, collect({node: {{node ar}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
