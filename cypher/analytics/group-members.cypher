// What the caller may see of the members of candidate groups: the forces of their records,
// whether any record marks them a suspect (flag or offence involvement), their nationalities,
// and the mapped OCGs their records are members of (lists may repeat: the caller dedupes).
UNWIND $persons AS id
MATCH (p:Person {id: id})<-[:RESOLVES_TO]-(r:PersonRecord)
WHERE {{visible r}}
WITH id, collect(r) AS records
RETURN id AS person,
    [r IN records | r.force] AS forces,
    any(r IN records WHERE 'SUSPECT' IN coalesce(r.flags, [])
        OR EXISTS { MATCH (r)-[i:INVOLVED_IN]->(o:Offence) WHERE i.involvement = 'SUSPECT' AND {{visible o}} }) AS suspect,
    [r IN records WHERE r.nationality IS NOT NULL | r.nationality] AS nationalities,
    reduce(acc = [], r IN records | acc + [(r)-[:MEMBER_OF]->(g:OrganisedCrimeGroup) WHERE {{visible g}} | g.key]) AS ocgs
