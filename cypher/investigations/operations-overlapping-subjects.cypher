// name: operations-overlapping-subjects
// title: Operations in different forces with overlapping subjects (deconfliction)
// description: Pairs of operations run by different forces whose subjects include the same resolved person, most shared subjects first.
// param: openOnly boolean default true Only pairs of operations that are both OPEN
// param: limit int default 50 Most rows to return
// roles: ANALYST, INVESTIGATOR
MATCH (o1:Operation)-[:HAS_SUBJECT]->(:PersonRecord)-[:RESOLVES_TO]->(p:Person)<-[:RESOLVES_TO]-(:PersonRecord)<-[:HAS_SUBJECT]-(o2:Operation)
WHERE o1.force < o2.force
  AND (NOT $openOnly OR (o1.status = 'OPEN' AND o2.status = 'OPEN'))
WITH o1, o2, collect(DISTINCT p) AS shared
RETURN o1 AS operation, o2 AS otherOperation, size(shared) AS sharedSubjects, shared AS persons
ORDER BY sharedSubjects DESC, o1.key, o2.key
LIMIT $limit
