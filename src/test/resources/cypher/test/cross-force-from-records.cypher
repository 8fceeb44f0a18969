// Test only: the exact answer crossForcePersons must give, from the records themselves: persons
// whose visible records come from at least $minForces forces, in id order.
MATCH (p:Person)<-[:RESOLVES_TO]-(r:PersonRecord)
WHERE {{visible r}} AND r.force IS NOT NULL
WITH p, count(DISTINCT r.force) AS forces
WHERE forces >= $minForces
RETURN p.id AS id ORDER BY id
