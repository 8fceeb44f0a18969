// Ingest calls.csv: number pairs whose aggregate of exactly these events is already stored.
UNWIND $pairs AS pair
MATCH (:Phone {e164: pair.from})-[c:CALLED {source: $source, events: pair.events}]->(:Phone {e164: pair.to})
RETURN pair.from AS from, pair.to AS to
