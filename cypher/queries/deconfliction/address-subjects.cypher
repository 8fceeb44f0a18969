// Deconfliction of an address: every Address with postcode $postcode (only the one keyed $addressKey
// when a line was given). Persons whose visible records are linked to it (subjects for person-hits),
// and forces and operations holding it through visible address records, adverts and operations.
MATCH (a:Address {postcode: $postcode})
WHERE $addressKey IS NULL OR a.key = $addressKey
CALL (a) {
  MATCH (a)<-[at:AT_ADDRESS]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
  WHERE {{visible-contacts r}}
  RETURN 'person' AS kind, p.id AS personId, null AS force, null AS operation,
         'record ' + r.key + ' at ' + a.key + ' (' + coalesce(at.relation, 'linked') + ')' AS via
  UNION ALL
  MATCH (a)<-[:RESOLVES_TO]-(ar:AddressRecord)
  WHERE {{visible ar}}
  RETURN 'hit' AS kind, null AS personId, ar.force AS force, null AS operation,
         'address record ' + ar.key + ' is ' + a.key AS via
  UNION ALL
  MATCH (a)<-[:LOCATED_AT]-(ad:Advert)
  WHERE {{visible ad}}
  RETURN 'hit' AS kind, null AS personId, ad.force AS force, null AS operation,
         'advert ' + ad.key + ' placed at ' + a.key AS via
  UNION ALL
  MATCH (a)<-[hs:HAS_SUBJECT]-(op:Operation)
  WHERE {{visible op}}
  RETURN 'hit' AS kind, null AS personId, op.force AS force, {{node op}} AS operation,
         toLower(coalesce(hs.role, 'subject')) + ' address ' + a.key + ' of ' + coalesce(op.name, op.key) AS via
}
RETURN kind, personId, force, operation, via
LIMIT $limit
