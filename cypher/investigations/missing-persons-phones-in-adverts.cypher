// name: missing-persons-phones-in-adverts
// title: Missing persons whose phones appear in adverts
// description: Person records flagged MISSING holding a phone number that an advert also gives, with the adverts and the latest posting.
// param: limit int default 50 Most rows to return
MATCH (r:PersonRecord)-[:HAS_PHONE]->(phone:Phone)<-[:ADVERTISES_PHONE]-(a:Advert)
WHERE 'MISSING' IN coalesce(r.flags, [])
RETURN r AS missingPerson, phone.e164 AS phone, count(DISTINCT a) AS adverts, collect(DISTINCT a.site) AS sites,
  max(a.postedAt) AS lastPosted
ORDER BY lastPosted DESC, phone
LIMIT $limit
