// The caller's view, step 4: source records the caller may not see go (the one visibility rule).
MATCH (r:SourceRecord)
WHERE NOT {{visible r}}
DETACH DELETE r
