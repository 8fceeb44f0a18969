// name: suspect-co-residents-safeguarding
// title: Co-residents of suspects flagged for safeguarding
// description: Person records flagged SAFEGUARDING_REFERRAL that share an address with a suspect (flagged SUSPECT, or suspect in an offence) who is another person, optionally only suspects of one force.
// param: force string default "" Only suspects of this force (empty: every force)
// param: limit int default 50 Most rows to return
MATCH (s:PersonRecord)-[:AT_ADDRESS]->(address:Address)<-[:AT_ADDRESS]-(c:PersonRecord)
WHERE ($force = '' OR s.force = $force)
  AND ('SUSPECT' IN coalesce(s.flags, []) OR EXISTS { MATCH (s)-[:INVOLVED_IN {involvement: 'SUSPECT'}]->(:Offence) })
  AND 'SAFEGUARDING_REFERRAL' IN coalesce(c.flags, [])
  AND NOT EXISTS { MATCH (s)-[:RESOLVES_TO]->(:Person)<-[:RESOLVES_TO]-(c) }
  AND s <> c
RETURN DISTINCT c AS coResident, s AS suspect, address
ORDER BY address.key, c.key
LIMIT $limit
