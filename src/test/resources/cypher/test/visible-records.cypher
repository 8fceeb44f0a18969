// Test only: every source record the caller may see, through the one visibility fragment.
MATCH (r:SourceRecord)
WHERE {{visible r}}
RETURN r.key AS key
