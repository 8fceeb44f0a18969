// name: test-graph
// title: Test: a record, its person and the link between them
// description: Returns nodes, a relationship and a path, to check how they are drawn.
// param: key string required The record key
MATCH path = (r:PersonRecord {key: $key})-[link:RESOLVES_TO]->(p:Person)
RETURN r AS record, link, p AS person, path
