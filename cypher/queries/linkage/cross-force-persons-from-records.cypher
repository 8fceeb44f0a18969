// Until the per-person facts are current (linkage.LinkageService asks), and for $minForces 1:
// A page of persons (id order, after $after) whose visible records come from at least $minForces
// forces, counting only the forces in $forces when given; $limit is the page size plus one.
MATCH (p:Person)
WHERE p.id > coalesce($after, '')
WITH p ORDER BY p.id
CALL (p) {
  MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord)
  WHERE {{visible r}} AND ($forces IS NULL OR r.force IN $forces)
  RETURN count(DISTINCT r.force) AS forceCount
}
WITH p, forceCount WHERE forceCount >= $minForces
RETURN p.id AS personId
LIMIT $limit
