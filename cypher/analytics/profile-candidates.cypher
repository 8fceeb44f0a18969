// Persons a force profile ranks: a resolved person with a record of $force the caller may see, and
// an event of the profile (an offence of its categories or codes with the subject's involvement, or
// a record carrying one of its flags) in ANY force's visible records. Events are read per person in
// analytics/profile-events; here only who qualifies.
CALL {
  MATCH (o:Offence)<-[i:INVOLVED_IN]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
  WHERE (o.category IN $categories OR o.hoCode IN $hoCodes) AND i.involvement = $involvement
    AND {{visible o}} AND {{visible r}}
  RETURN DISTINCT p
  UNION
  MATCH (r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
  WHERE size($flags) > 0 AND any(f IN coalesce(r.flags, []) WHERE f IN $flags) AND {{visible r}}
  RETURN DISTINCT p
}
WITH p
WHERE EXISTS { MATCH (own:PersonRecord {force: $force})-[:RESOLVES_TO]->(p) WHERE {{visible own}} }
  AND ($requiresFlag = '' OR EXISTS {
    MATCH (req:PersonRecord)-[:RESOLVES_TO]->(p) WHERE $requiresFlag IN coalesce(req.flags, []) AND {{visible req}} })
RETURN p.id AS person
