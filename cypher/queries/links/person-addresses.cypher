// Addresses of persons, one edge per address relationship of a visible record. Withheld (nothing
// listed) when the person's identity is hidden from the caller.
UNWIND $keys AS key
MATCH (p:Person {id: key})
WITH key, p, {{identity-hidden-person p}} AS withheld
CALL (p, withheld) {
  MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord)-[rel:AT_ADDRESS]->(a:Address)
  WHERE NOT withheld AND {{visible r}}
  WITH a, rel, r ORDER BY a.key, rel.relation, rel.from, r.key
  RETURN collect({node: {{node a}}, relation: rel.relation, from: rel.from, to: rel.to, source: rel.source,
      record: {{record-node r}}}) AS items
}
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, withheld
