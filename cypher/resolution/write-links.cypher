// The scored links that joined records into persons ($rows: a, b, probability).
UNWIND $rows AS row
MATCH (a:PersonRecord {key: row.a}), (b:PersonRecord {key: row.b})
MERGE (a)-[l:RESOLUTION_LINK]->(b)
SET l.probability = row.probability, l.resolvedAt = datetime()
