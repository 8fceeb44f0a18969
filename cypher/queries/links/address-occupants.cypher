// Persons linked to addresses: one edge per address relationship of a visible record that may
// disclose contacts (visible-contacts). Marked withheld for every caller from whom protected
// identities are hidden (partners), as phone-persons.
UNWIND $keys AS key
MATCH (a:Address {key: key})
CALL (a) {
  MATCH (a)<-[rel:AT_ADDRESS]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
  WHERE {{visible-contacts r}}
  WITH p, rel, r ORDER BY p.id, rel.relation, rel.from, r.key
  RETURN collect({node: {{node p}}, relation: rel.relation, from: rel.from, to: rel.to, source: rel.source,
      record: {{record-node r}}}) AS items
}
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, $scope.partner AS withheld
