// Ingest calls.csv: one CALLED per number pair, source and event set. SET, never increment, so
// a re-run or a killed run run again ends with the same values.
UNWIND $pairs AS pair
MERGE (a:Phone {e164: pair.from})
MERGE (b:Phone {e164: pair.to})
MERGE (a)-[c:CALLED {source: $source, events: pair.events}]->(b)
SET c.count = pair.count, c.smsCount = pair.smsCount, c.first = pair.first, c.last = pair.last,
    c.totalDuration = pair.totalDuration, c.batchId = coalesce(c.batchId, $batch.id)
