// Persons whose visible records share a phone, email or address with adverts, and what they share.
UNWIND $keys AS key
MATCH (ad:Advert {key: key})
CALL (ad) {
  MATCH (ad)-[:ADVERTISES_PHONE]->(:Phone)<-[:HAS_PHONE]-(r:PersonRecord) RETURN r, 'PHONE' AS via
  UNION
  MATCH (ad)-[:ADVERTISES_EMAIL]->(:Email)<-[:HAS_EMAIL]-(r:PersonRecord) RETURN r, 'EMAIL' AS via
  UNION
  MATCH (ad)-[:LOCATED_AT]->(:Address)<-[:AT_ADDRESS]-(r:PersonRecord) RETURN r, 'ADDRESS' AS via
}
WITH key, r, via WHERE {{visible r}}
MATCH (r)-[:RESOLVES_TO]->(p:Person)
WITH key, p, via ORDER BY via
WITH key, p, collect(DISTINCT via) AS via ORDER BY p.id
WITH key, collect({node: {{node p}}, via: via}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items
