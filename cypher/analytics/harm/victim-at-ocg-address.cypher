// Rule VICTIM_AT_OCG_ADDRESS: a person with a record flagged VICTIM is linked to an address that a
// member record of a mapped OCG is also linked to.
MATCH (v:PersonRecord)-[:AT_ADDRESS]->(ad:Address)<-[:AT_ADDRESS]-(m:PersonRecord)-[:MEMBER_OF]->(g:OrganisedCrimeGroup)
WHERE 'VICTIM' IN coalesce(v.flags, []) AND v <> m
MATCH (v)-[:RESOLVES_TO]->(p:Person)
RETURN p.id AS person,
    collect(DISTINCT 'Victim record ' + v.key + ' is linked to address ' + ad.key + ', as is ' + m.key
        + ', a member of OCG ' + g.key) AS evidence,
    collect(DISTINCT v.key) + collect(DISTINCT m.key) AS records, [] AS adverts, collect(DISTINCT g.key) AS ocgs
