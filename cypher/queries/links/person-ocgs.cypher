// OCG memberships of persons: one edge per visible record's membership of a visible OCG.
UNWIND $keys AS key
MATCH (:Person {id: key})<-[:RESOLVES_TO]-(r:PersonRecord)-[m:MEMBER_OF]->(o:OrganisedCrimeGroup)
WHERE {{visible r}} AND {{visible o}}
WITH key, o, m, r ORDER BY o.key, r.key
WITH key, collect({node: {{node o}}, role: m.role, record: {{record-node r}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
