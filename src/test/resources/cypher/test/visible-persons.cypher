// Test only: the persons that exist for the caller (at least one visible record), with the
// records it sees and whether their identity is hidden from it.
MATCH (p:Person)<-[:RESOLVES_TO]-(r:PersonRecord)
WHERE {{visible r}}
RETURN p.id AS id, collect(r.key) AS records, any(x IN collect({{identity-hidden r}}) WHERE x) AS redacted
