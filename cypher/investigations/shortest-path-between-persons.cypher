// name: shortest-path-between-persons
// title: Shortest path between two persons
// description: The shortest chain of links (records, shared phones, addresses, calls, groups, operations) between two resolved persons, at most 10 hops; give each as a Person global id or its P- key.
// param: from id required The first person
// param: to id required The second person
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH path = shortestPath((a)-[*..10]-(b))
RETURN path, length(path) AS hops
