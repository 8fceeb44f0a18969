// Persons ($ids) left without any record are removed.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE NOT (p)<-[:RESOLVES_TO]-()
DETACH DELETE p
