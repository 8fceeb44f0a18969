// Mapped OCGs the caller may see, with the persons of their visible member records and the roles
// those records hold; $force (or '') keeps OCGs of that force or with a member record of it.
MATCH (g:OrganisedCrimeGroup)
WHERE {{visible g}}
OPTIONAL MATCH (g)<-[m:MEMBER_OF]-(r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
WHERE {{visible r}}
WITH g, collect(DISTINCT p.id) AS persons, collect(DISTINCT m.role) AS roles, collect(DISTINCT r.force) AS memberForces
WHERE $force = '' OR g.force = $force OR $force IN memberForces
RETURN g.key AS key, g.force AS force, persons, roles
