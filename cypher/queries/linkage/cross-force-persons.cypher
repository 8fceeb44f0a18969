// A page of persons (id order, after $after) whose visible records come from at least $minForces
// forces, counting only the forces in $forces when given; $limit is the page size plus one. With
// current facts, candidates are the persons two forces or more hold (:CrossForce, index in id
// order; every person when $minForces is 1) and each is counted from its fact edges (forces-seen):
// a page walks candidates only until it is full. Until the facts are current, from the records.
WITH {{facts-current factsMark}} AS factsCurrent
CALL (factsCurrent) {
  WITH factsCurrent WHERE factsCurrent AND $minForces >= 2
  MATCH (p:CrossForce)
  WHERE p.id > coalesce($after, '')
  WITH p ORDER BY p.id
  WITH p WHERE {{forces-seen p}} >= $minForces
  RETURN p LIMIT $limit
  UNION ALL
  WITH factsCurrent WHERE factsCurrent AND $minForces < 2
  MATCH (p:Person)
  WHERE p.id > coalesce($after, '')
  WITH p ORDER BY p.id
  WITH p WHERE {{forces-seen p}} >= $minForces
  RETURN p LIMIT $limit
  UNION ALL
  WITH factsCurrent WHERE NOT factsCurrent
  MATCH (p:Person)
  WHERE p.id > coalesce($after, '')
  WITH p ORDER BY p.id
  CALL (p) {
    MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord)
    WHERE {{visible r}} AND ($forces IS NULL OR r.force IN $forces)
    RETURN count(DISTINCT r.force) AS forceCount
  }
  WITH p, forceCount WHERE forceCount >= $minForces
  RETURN p LIMIT $limit
}
RETURN p.id AS personId
