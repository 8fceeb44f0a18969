// Whether the store holds no source records yet: demo seeding fills only an empty store.
OPTIONAL MATCH (r:SourceRecord)
WITH r LIMIT 1
RETURN r IS NULL AS empty
