// For each advert cluster ($clusters: id, keys) the caller may see: its adverts, their phones and
// addresses, and the persons whose records hold those phones, emails or addresses (only records
// that may disclose their contacts to the caller).
UNWIND $clusters AS c
CALL (c) {
  UNWIND c.keys AS key
  MATCH (ad:Advert {key: key})
  WHERE {{visible ad}}
  RETURN collect(ad) AS ads
}
CALL (ads) {
  UNWIND ads AS ad
  OPTIONAL MATCH (ad)-[:ADVERTISES_PHONE]->(ph:Phone)
  RETURN collect(DISTINCT ph) AS phones
}
CALL (ads) {
  UNWIND ads AS ad
  OPTIONAL MATCH (ad)-[:LOCATED_AT]->(a:Address)
  RETURN collect(DISTINCT a) AS addresses
}
// each list is aggregated inside its own subquery, so a cluster with no person behind it still has its row
CALL (ads) {
  UNWIND ads AS ad
  OPTIONAL MATCH (ad)-[:ADVERTISES_PHONE|ADVERTISES_EMAIL]->()<-[:HAS_PHONE|HAS_EMAIL]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
  WHERE {{visible-contacts r}}
  RETURN collect(DISTINCT p.id) AS throughContacts
}
CALL (addresses) {
  UNWIND addresses AS a
  OPTIONAL MATCH (a)<-[:AT_ADDRESS]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
  WHERE {{visible-contacts r}}
  RETURN collect(DISTINCT p.id) AS atAddresses
}
WITH c, ads, phones, addresses,
     reduce(all = throughContacts, id IN atAddresses | CASE WHEN id IN all THEN all ELSE all + id END) AS persons
RETURN c.id AS id, [ad IN ads | {{node ad}}] AS adverts, [ph IN phones | {{node ph}}] AS phones,
       [a IN addresses | {{node a}}] AS addresses, persons
