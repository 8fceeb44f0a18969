// Person records ingest marked for placement that no placement has completed yet (a process
// that died between committing rows and placing them leaves these).
MATCH (r:PersonRecord:Unplaced)
RETURN r.key AS key
ORDER BY key
