// Forgets the links that formed the persons of these records ($keys), before new ones are written.
UNWIND $keys AS k
MATCH (:PersonRecord {key: k})-[l:RESOLUTION_LINK]-(:PersonRecord)
DELETE l
