// How many persons cross-force-persons lists in all (same filters, no page): with current facts,
// the candidates (:CrossForce, or every person when $minForces is 1) counted from their fact
// edges (forces-seen); until then, from the records.
WITH {{facts-current factsMark}} AS factsCurrent
CALL (factsCurrent) {
  WITH factsCurrent WHERE factsCurrent AND $minForces >= 2
  MATCH (p:CrossForce)
  WHERE {{forces-seen p}} >= $minForces
  RETURN count(p) AS total
  UNION ALL
  WITH factsCurrent WHERE factsCurrent AND $minForces < 2
  MATCH (p:Person)
  WHERE {{forces-seen p}} >= $minForces
  RETURN count(p) AS total
  UNION ALL
  WITH factsCurrent WHERE NOT factsCurrent
  MATCH (p:Person)
  CALL (p) {
    MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord)
    WHERE {{visible r}} AND ($forces IS NULL OR r.force IN $forces)
    RETURN count(DISTINCT r.force) AS forceCount
  }
  WITH p WHERE forceCount >= $minForces
  RETURN count(p) AS total
}
RETURN sum(total) AS total
