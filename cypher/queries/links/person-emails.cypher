// Email addresses of persons, through their visible records. Withheld (nothing listed) when the
// person's identity is hidden from the caller: a partner never learns a protected person's contacts.
UNWIND $keys AS key
MATCH (p:Person {id: key})
WITH key, p, {{identity-hidden-person p}} AS withheld
CALL (p, withheld) {
  MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord)-[:HAS_EMAIL]->(e:Email)
  WHERE NOT withheld AND {{visible r}}
  WITH DISTINCT e ORDER BY e.address
  RETURN collect({node: {{node e}}}) AS items
}
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, withheld
