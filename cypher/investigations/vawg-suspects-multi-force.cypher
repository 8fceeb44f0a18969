// name: vawg-suspects-multi-force
// title: Persons known to several forces with VAWG offences
// description: Resolved persons whose records come from at least minForces forces and who are recorded as suspect in at least one offence of the category (VAWG by default), most offences first.
// param: minForces int default 2 Fewest forces that must hold a record of the person
// param: category string default "VAWG" Offence category, case-insensitive
// param: limit int default 50 Most rows to return
// roles: ANALYST, INVESTIGATOR
MATCH (p:Person)<-[:RESOLVES_TO]-(r:PersonRecord)
WITH p, r.force AS force ORDER BY force
WITH p, collect(DISTINCT force) AS forces
WHERE size(forces) >= $minForces
MATCH (p)<-[:RESOLVES_TO]-(:PersonRecord)-[i:INVOLVED_IN]->(o:Offence)
WHERE toUpper(o.category) = toUpper($category) AND i.involvement = 'SUSPECT'
RETURN p AS person, forces, count(DISTINCT o) AS offences, max(o.gravity) AS worstGravity
ORDER BY offences DESC, size(forces) DESC, p.id
LIMIT $limit
