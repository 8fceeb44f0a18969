// Subjects of operations (person records, OCGs, addresses, adverts) the caller may see.
UNWIND $keys AS key
MATCH (:Operation {key: key})-[s:HAS_SUBJECT]->(x)
WHERE (x:PersonRecord OR x:OrganisedCrimeGroup OR x:Advert OR x:Address)
  AND (NOT x:SourceRecord OR {{visible x}})
WITH key, x, s ORDER BY s.subjectKind, coalesce(x.key, ''), s.role
WITH key, collect({node: {{record-node x}}, role: s.role, subjectKind: s.subjectKind}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
