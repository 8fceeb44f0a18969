// The addresses advert clusters are placed at, a page per cluster ($requests: index, keys, after,
// limit): the distinct addresses of the cluster's visible adverts in key order, the page after the
// address `after` (null: from the start), at most `limit` (null: all), and how many there are in
// all. Only the page is projected.
UNWIND $requests AS q
CALL (q) {
  UNWIND q.keys AS key
  MATCH (ad:Advert {key: key})-[:LOCATED_AT]->(a:Address)
  WHERE {{visible ad}}
  WITH DISTINCT a
  ORDER BY a.key
  RETURN collect(a) AS members
}
WITH q, members, [a IN members WHERE q.after IS NULL OR a.key > q.after] AS rest
RETURN q.index AS index, size(members) AS total, [a IN rest[..coalesce(q.limit, size(rest))] | {{node a}}] AS page
