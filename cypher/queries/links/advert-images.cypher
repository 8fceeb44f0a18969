// Hashes of the images adverts show.
UNWIND $keys AS key
MATCH (:Advert {key: key})-[:HAS_IMAGE]->(img:ImageHash)
WITH DISTINCT key, img ORDER BY img.hash
WITH key, collect({node: {{node img}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
