// How many persons cross-force-persons lists in all (same filters, no page): every person two
// forces or more hold (:CrossForce), counted from its fact edges (forces-seen); no record is read.
MATCH (p:CrossForce)
WHERE {{forces-seen p}} >= $minForces
RETURN count(p) AS total
