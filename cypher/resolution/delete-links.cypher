// Removes the links ($rows: a, b) that a full run no longer makes.
UNWIND $rows AS row
MATCH (:PersonRecord {key: row.a})-[l:RESOLUTION_LINK]->(:PersonRecord {key: row.b})
DELETE l
