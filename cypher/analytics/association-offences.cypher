// The association graph's raw material for one link kind, as the caller may see it (see
// analytics.groups.AssociationProjection): every offence (its co-suspects) that links two or more persons, with the
// persons and records it links; items linking more than $hubCap persons come back with their count only.
MATCH (x:Offence) WHERE COUNT { (x)<-[:INVOLVED_IN]-() } >= 2 AND {{visible x}}
MATCH (x)<-[i:INVOLVED_IN]-(r:PersonRecord) WHERE i.involvement = 'SUSPECT' AND {{visible r}}
WITH 'OFFENCE' AS kind, x.key AS via, r
MATCH (r)-[:RESOLVES_TO]->(p:Person)
WITH kind, via, collect(DISTINCT p.id) AS persons, collect(DISTINCT {person: p.id, record: r.key}) AS holders
WHERE size(persons) >= 2
RETURN kind, via, size(persons) AS persons, CASE WHEN size(persons) <= $hubCap THEN holders ELSE [] END AS holders,
    [] AS others
