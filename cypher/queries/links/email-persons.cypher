// Persons using email addresses, through visible records that may disclose contacts (visible-contacts).
// Marked withheld for every caller from whom protected identities are hidden (partners): protected
// holders are left out, and a marker set only when one is there would single out their details.
UNWIND $keys AS key
MATCH (e:Email {address: key})
CALL (e) {
  MATCH (e)<-[:HAS_EMAIL]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
  WHERE {{visible-contacts r}}
  WITH DISTINCT p ORDER BY p.id
  RETURN collect({node: {{node p}}}) AS items
}
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, $scope.partner AS withheld
