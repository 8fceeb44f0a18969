// The phones advert clusters give, a page per cluster ($requests: index, keys, after, limit): the
// distinct phones of the cluster's visible adverts in e164 order, the page after the phone `after`
// (null: from the start), at most `limit` (null: all), and how many there are in all. Only the page
// is projected.
UNWIND $requests AS q
CALL (q) {
  UNWIND q.keys AS key
  MATCH (ad:Advert {key: key})-[:ADVERTISES_PHONE]->(ph:Phone)
  WHERE {{visible ad}}
  WITH DISTINCT ph
  ORDER BY ph.e164
  RETURN collect(ph) AS members
}
WITH q, members, [ph IN members WHERE q.after IS NULL OR ph.e164 > q.after] AS rest
RETURN q.index AS index, size(members) AS total, [ph IN rest[..coalesce(q.limit, size(rest))] | {{node ph}}] AS page
