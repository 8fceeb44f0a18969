// A page of persons (id order, after $after) whose visible records come from at least $minForces
// (2 or more) forces, counting only the forces in $forces when given; $limit is the page size plus
// one. Read from the per-person facts (current: linkage.LinkageService checks): candidates are the
// persons two forces or more hold (:CrossForce, index in id order), each counted from its fact
// edges (forces-seen), so a page walks candidates only until it is full and reads no record.
MATCH (p:CrossForce)
WHERE p.id > coalesce($after, '')
WITH p ORDER BY p.id
WITH p WHERE {{forces-seen p}} >= $minForces
RETURN p.id AS personId
LIMIT $limit
