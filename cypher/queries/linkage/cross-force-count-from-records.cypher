// Until the per-person facts are current (linkage.LinkageService asks), and for $minForces 1:
// How many persons cross-force-persons lists in all (same filters, no page).
MATCH (p:Person)
CALL (p) {
  MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord)
  WHERE {{visible r}} AND ($forces IS NULL OR r.force IN $forces)
  RETURN count(DISTINCT r.force) AS forceCount
}
WITH p WHERE forceCount >= $minForces
RETURN count(p) AS total
