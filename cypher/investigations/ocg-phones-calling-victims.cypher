// name: ocg-phones-calling-victims
// title: Victims contacted by an OCG member's phone
// description: Persons recorded as victims (flag VICTIM, or victim in an offence) whose phones were in calls or texts with the phone of an OCG member, by number of events.
// param: minEvents int default 1 Fewest call and text events between the two numbers
// param: limit int default 50 Most rows to return
// roles: ANALYST, INVESTIGATOR
MATCH (g:OrganisedCrimeGroup)<-[:MEMBER_OF]-(m:PersonRecord)-[:HAS_PHONE]->(mp:Phone)-[c:CALLED]-(vp:Phone)<-[:HAS_PHONE]-(v:PersonRecord)
WHERE v <> m
  AND ('VICTIM' IN coalesce(v.flags, []) OR EXISTS { MATCH (v)-[:INVOLVED_IN {involvement: 'VICTIM'}]->(:Offence) })
WITH g, m, mp, v, vp, sum(c.count) AS events, max(c.last) AS lastContact
WHERE events >= $minEvents
RETURN g.name AS ocg, m AS member, mp.e164 AS memberPhone, v AS victim, vp.e164 AS victimPhone, events, lastContact
ORDER BY events DESC, ocg
LIMIT $limit
