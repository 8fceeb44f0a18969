// The association graph's raw material for one link kind, as the caller may see it (see
// analytics.groups.AssociationProjection): every email address that links two or more persons, with the
// persons and records it links; items linking more than $hubCap persons come back with their count only.
MATCH (x:Email) WHERE COUNT { (x)<-[:HAS_EMAIL]-() } >= 2
MATCH (x)<-[:HAS_EMAIL]-(r:PersonRecord) WHERE {{visible-contacts r}}
WITH 'EMAIL' AS kind, x.address AS via, r
MATCH (r)-[:RESOLVES_TO]->(p:Person)
WITH kind, via, collect(DISTINCT p.id) AS persons, collect(DISTINCT {person: p.id, record: r.key}) AS holders
WHERE size(persons) >= 2
RETURN kind, via, size(persons) AS persons, CASE WHEN size(persons) <= $hubCap THEN holders ELSE [] END AS holders,
    [] AS others
