// name: adverts-sharing-suspect-phone
// title: Adverts that share a phone with a suspect
// description: Adverts whose phone numbers are also held on a suspect's record (flagged SUSPECT, or suspect in an offence) of the force, newest first.
// param: force string default "NORFOLK" The force whose suspects to start from
// param: since date required Only adverts posted on or after this date
// param: limit int default 50 Most rows to return
// roles: ANALYST, INVESTIGATOR
MATCH (s:PersonRecord {force: $force})
WHERE 'SUSPECT' IN coalesce(s.flags, [])
   OR EXISTS { MATCH (s)-[:INVOLVED_IN {involvement: 'SUSPECT'}]->(:Offence) }
MATCH (s)-[:HAS_PHONE]->(phone:Phone)<-[:ADVERTISES_PHONE]-(a:Advert)
WHERE a.postedAt IS NOT NULL AND date(a.postedAt) >= $since
RETURN a AS advert, a.postedAt AS postedAt, phone.e164 AS phone, s AS suspect
ORDER BY postedAt DESC, phone
LIMIT $limit
