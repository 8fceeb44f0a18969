// Keys of a person's ($id) records the caller may see.
MATCH (p:Person {id: $id})<-[:RESOLVES_TO]-(r:PersonRecord)
WHERE {{visible r}}
RETURN r.key AS key
ORDER BY r.key
