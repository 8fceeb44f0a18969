// name: ocg-members-without-open-operation
// title: OCG members with no open operation
// description: Members of organised crime groups (of the given status, or any) who are not the subject of any OPEN operation through any of their records, and whose group is not either.
// param: status string default "ACTIVE" Group status (ACTIVE, DISRUPTED, ARCHIVED; empty: any)
// param: limit int default 100 Most rows to return
// roles: ANALYST, INVESTIGATOR
MATCH (g:OrganisedCrimeGroup)<-[m:MEMBER_OF]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
WHERE ($status = '' OR g.status = $status)
  AND NOT EXISTS { MATCH (g)<-[:HAS_SUBJECT]-(:Operation {status: 'OPEN'}) }
  AND NOT EXISTS { MATCH (p)<-[:RESOLVES_TO]-(:PersonRecord)<-[:HAS_SUBJECT]-(:Operation {status: 'OPEN'}) }
RETURN g.name AS ocg, g AS organisedCrimeGroup, p AS person, r AS record, m.role AS role
ORDER BY ocg, p.id
LIMIT $limit
