// Flags the latest run did not produce stay (with their reviews) but are no longer current.
MATCH (h:HarmFlag)
WHERE h.run <> $run
SET h.current = false
RETURN count(h) AS retired
