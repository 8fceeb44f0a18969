// Deconfliction of a phone ($phone, E.164): the persons whose visible records hold it (subjects for
// person-hits), and the forces and operations holding it through visible adverts that give it.
MATCH (ph:Phone {e164: $phone})
CALL (ph) {
  MATCH (ph)<-[:HAS_PHONE]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
  WHERE {{visible-contacts r}}
  RETURN 'person' AS kind, p.id AS personId, null AS force, null AS operation,
         'record ' + r.key + ' holds phone ' + ph.e164 AS via
  UNION ALL
  MATCH (ph)<-[:ADVERTISES_PHONE]-(ad:Advert)
  WHERE {{visible ad}}
  CALL (ph, ad) {
    RETURN ad.force AS force, null AS operation, 'advert ' + ad.key + ' gives phone ' + ph.e164 AS via
    UNION ALL
    MATCH (op:Operation)-[:HAS_SUBJECT]->(ad)
    WHERE {{visible op}}
    RETURN op.force AS force, {{node op}} AS operation,
           'advert ' + ad.key + ' gives phone ' + ph.e164 + ', subject of ' + coalesce(op.name, op.key) AS via
  }
  RETURN 'hit' AS kind, null AS personId, force, operation, via
}
RETURN kind, personId, force, operation, via
LIMIT $limit
