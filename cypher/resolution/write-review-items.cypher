// Uncertain pairs ($rows: a, b, probability, contradiction) open for review; decided pairs are skipped.
UNWIND $rows AS row
WITH row WHERE NOT EXISTS { MATCH (d:MatchDecision {pair: row.a + '|' + row.b}) }
MERGE (i:ReviewItem {id: row.a + '|' + row.b})
SET i.recordA = row.a, i.recordB = row.b, i.probability = row.probability,
    i.contradiction = row.contradiction, i.updatedAt = datetime()
