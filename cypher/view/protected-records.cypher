// The caller's view for a saved investigation (investigations.CallerView), step 1, partners only:
// the visible person records whose person's identity is hidden from the caller, with the flags of
// every record of their person, from which security.Redaction builds the redacted properties.
MATCH (r:PersonRecord)
WHERE {{visible r}} AND {{identity-hidden r}}
RETURN elementId(r) AS id, properties(r) AS props,
  reduce(flags = coalesce(r.flags, []), more IN
      [(r)-[:RESOLVES_TO]->(:Person)<-[:RESOLVES_TO]-(other:PersonRecord) | coalesce(other.flags, [])]
      | flags + more) AS personFlags
