// Calls between phones as the association graph sees them: both phones visible through records
// that may disclose them (as the read API's phone calls), each side with the persons holding it.
MATCH (a:Phone)-[c:CALLED]->(b:Phone)
WHERE a <> b
WITH a, b, sum(coalesce(c.count, 0) + coalesce(c.smsCount, 0)) AS events
CALL {
  WITH a
  MATCH (a)<-[:HAS_PHONE]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person) WHERE {{visible-contacts r}}
  RETURN collect(DISTINCT {person: p.id, record: r.key}) AS holders
}
CALL {
  WITH b
  MATCH (b)<-[:HAS_PHONE]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person) WHERE {{visible-contacts r}}
  RETURN collect(DISTINCT {person: p.id, record: r.key}) AS others
}
WITH a, b, events, holders, others WHERE size(holders) > 0 AND size(others) > 0
RETURN 'CALL' AS kind, a.e164 + ' -> ' + b.e164 + ' (' + events + ' events)' AS via,
    size(holders) + size(others) AS persons,
    CASE WHEN size(holders) + size(others) <= $hubCap THEN holders ELSE [] END AS holders,
    CASE WHEN size(holders) + size(others) <= $hubCap THEN others ELSE [] END AS others
