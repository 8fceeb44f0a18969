// name: records-linked-to-open-operation-subjects
// title: Records linked since a date to an open operation's subjects
// description: Person records resolved, on or after a date, into the same person as a subject of an OPEN operation, which the operation does not name yet: new information about its subjects.
// param: since date required Only links made on or after this date
// param: limit int default 100 Most rows to return
// roles: ANALYST, INVESTIGATOR
MATCH (op:Operation {status: 'OPEN'})-[:HAS_SUBJECT]->(s:PersonRecord)-[:RESOLVES_TO]->(p:Person)<-[link:RESOLVES_TO]-(r:PersonRecord)
WHERE r <> s
  AND NOT EXISTS { MATCH (op)-[:HAS_SUBJECT]->(r) }
  AND date(coalesce(link.resolvedAt, r.firstIngestedAt)) >= $since
RETURN DISTINCT op AS operation, p AS person, r AS record, r.force AS force, link.resolvedAt AS linkedAt
ORDER BY linkedAt DESC, r.key
LIMIT $limit
