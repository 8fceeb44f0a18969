// Adverts sharing a phone, email or address with persons' visible records, and what they share.
// Withheld (nothing listed) when the person's identity is hidden from the caller: what an advert
// shares with a protected person would tell the person's contact details.
UNWIND $keys AS key
MATCH (p:Person {id: key})
WITH key, p, {{identity-hidden-person p}} AS withheld
CALL (p, withheld) {
  MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord)
  WHERE NOT withheld AND {{visible r}}
  CALL (r) {
    MATCH (r)-[:HAS_PHONE]->(:Phone)<-[:ADVERTISES_PHONE]-(ad:Advert) RETURN ad, 'PHONE' AS via
    UNION
    MATCH (r)-[:HAS_EMAIL]->(:Email)<-[:ADVERTISES_EMAIL]-(ad:Advert) RETURN ad, 'EMAIL' AS via
    UNION
    MATCH (r)-[:AT_ADDRESS]->(:Address)<-[:LOCATED_AT]-(ad:Advert) RETURN ad, 'ADDRESS' AS via
  }
  WITH ad, via WHERE {{visible ad}}
  WITH ad, via ORDER BY via
  WITH ad, collect(DISTINCT via) AS via ORDER BY ad.key
  RETURN collect({node: {{node ad}}, via: via}) AS items
}
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, withheld
