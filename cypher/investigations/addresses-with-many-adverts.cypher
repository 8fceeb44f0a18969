// name: addresses-with-many-adverts
// title: Addresses with many adverts (possible brothels)
// description: Addresses at which at least minAdverts adverts are placed, with how many sites and phone numbers they use and whether a person record links the address as a brothel.
// param: minAdverts int default 3 Fewest adverts at the address
// param: limit int default 50 Most rows to return
MATCH (address:Address)<-[:LOCATED_AT]-(a:Advert)
WITH address, count(DISTINCT a) AS adverts, collect(DISTINCT a.site) AS sites
WHERE adverts >= $minAdverts
RETURN address, adverts, sites,
  COUNT { MATCH (address)<-[:LOCATED_AT]-(:Advert)-[:ADVERTISES_PHONE]->(p:Phone) RETURN DISTINCT p } AS phones,
  EXISTS { MATCH (address)<-[:AT_ADDRESS {relation: 'BROTHEL'}]-(:PersonRecord) } AS knownBrothel
ORDER BY adverts DESC, address.key
LIMIT $limit
