// Persons whose visible records share a phone, email or address with adverts, and what they share,
// through records that may disclose contacts (visible-contacts). Marked withheld for every caller
// from whom protected identities are hidden (partners), as phone-persons.
UNWIND $keys AS key
MATCH (ad:Advert {key: key})
CALL (ad) {
  CALL (ad) {
    MATCH (ad)-[:ADVERTISES_PHONE]->(:Phone)<-[:HAS_PHONE]-(r:PersonRecord) RETURN r, 'PHONE' AS via
    UNION
    MATCH (ad)-[:ADVERTISES_EMAIL]->(:Email)<-[:HAS_EMAIL]-(r:PersonRecord) RETURN r, 'EMAIL' AS via
    UNION
    MATCH (ad)-[:LOCATED_AT]->(:Address)<-[:AT_ADDRESS]-(r:PersonRecord) RETURN r, 'ADDRESS' AS via
  }
  WITH r, via WHERE {{visible-contacts r}}
  MATCH (r)-[:RESOLVES_TO]->(p:Person)
  WITH p, via ORDER BY via
  WITH p, collect(DISTINCT via) AS via ORDER BY p.id
  RETURN collect({node: {{node p}}, via: via}) AS items
}
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, $scope.partner AS withheld
