// Deconfliction of an advert ($advert key): the force that captured it and the operations on it,
// when the caller may see it, and the persons whose visible records hold its phones or emails
// (subjects for person-hits).
MATCH (ad:Advert {key: $advert})
WHERE {{visible ad}}
CALL (ad) {
  RETURN 'hit' AS kind, null AS personId, ad.force AS force, null AS operation, 'captured advert ' + ad.key AS via
  UNION ALL
  MATCH (ad)<-[hs:HAS_SUBJECT]-(op:Operation)
  WHERE {{visible op}}
  RETURN 'hit' AS kind, null AS personId, op.force AS force, {{node op}} AS operation,
         'advert ' + ad.key + ' is a subject of ' + coalesce(op.name, op.key) AS via
  UNION ALL
  MATCH (ad)-[:ADVERTISES_PHONE|ADVERTISES_EMAIL]->(x)<-[:HAS_PHONE|HAS_EMAIL]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
  WHERE {{visible-contacts r}}
  RETURN 'person' AS kind, p.id AS personId, null AS force, null AS operation,
         'advert ' + ad.key + ' gives ' + CASE WHEN x:Phone THEN 'phone ' + x.e164 ELSE 'email ' + x.address END
           + ', held by record ' + r.key AS via
}
RETURN kind, personId, force, operation, via
LIMIT $limit
