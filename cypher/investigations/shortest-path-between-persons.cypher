// name: shortest-path-between-persons
// title: Shortest path between two persons
// description: The shortest chain of links (records, shared phones, addresses, calls, groups, operations) between two resolved persons, at most 10 hops; give each as a Person global id or its P- key.
// param: from id required The first person
// param: to id required The second person
MATCH (a:Person {id: $from}), (b:Person {id: $to})
// the per-person facts (HOLDS_PERSON, HOLDS_PROTECTED_PERSON from a Force) are bookkeeping for
// counts, not links: through them every two persons of a force would be two hops apart
MATCH path = shortestPath((a)-[*..10]-(b))
WHERE none(r IN relationships(path) WHERE type(r) IN ['HOLDS_PERSON', 'HOLDS_PROTECTED_PERSON'])
RETURN path, length(path) AS hops
