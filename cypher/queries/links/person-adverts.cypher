// Adverts sharing a phone, email or address with persons' visible records, and what they share.
UNWIND $keys AS key
MATCH (:Person {id: key})<-[:RESOLVES_TO]-(r:PersonRecord)
WHERE {{visible r}}
CALL (r) {
  MATCH (r)-[:HAS_PHONE]->(:Phone)<-[:ADVERTISES_PHONE]-(ad:Advert) RETURN ad, 'PHONE' AS via
  UNION
  MATCH (r)-[:HAS_EMAIL]->(:Email)<-[:ADVERTISES_EMAIL]-(ad:Advert) RETURN ad, 'EMAIL' AS via
  UNION
  MATCH (r)-[:AT_ADDRESS]->(:Address)<-[:LOCATED_AT]-(ad:Advert) RETURN ad, 'ADDRESS' AS via
}
WITH key, ad, via WHERE {{visible ad}}
WITH key, ad, via ORDER BY via
WITH key, ad, collect(DISTINCT via) AS via ORDER BY ad.key
WITH key, collect({node: {{node ad}}, via: via}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items
