// The persons behind advert clusters, a page per cluster ($requests: index, keys, after, limit):
// persons whose records hold a phone or email the cluster's visible adverts give, or live at an
// address they are placed at; only records that may disclose their contacts to the caller lead on.
// Distinct, in id order, the page after the person `after` (null: from the start), at most `limit`
// (null: all), and how many there are in all. Only the page is projected.
UNWIND $requests AS q
CALL (q) {
  UNWIND q.keys AS key
  MATCH (ad:Advert {key: key})
  WHERE {{visible ad}}
  CALL (ad) {
    MATCH (ad)-[:ADVERTISES_PHONE|ADVERTISES_EMAIL]->()<-[:HAS_PHONE|HAS_EMAIL]-(r:PersonRecord)
    RETURN r
    UNION
    MATCH (ad)-[:LOCATED_AT]->(:Address)<-[:AT_ADDRESS]-(r:PersonRecord)
    RETURN r
  }
  WITH r
  WHERE {{visible-contacts r}}
  MATCH (r)-[:RESOLVES_TO]->(p:Person)
  WITH DISTINCT p
  ORDER BY p.id
  RETURN collect(p) AS members
}
WITH q, members, [p IN members WHERE q.after IS NULL OR p.id > q.after] AS rest
RETURN q.index AS index, size(members) AS total, [p IN rest[..coalesce(q.limit, size(rest))] | {{node p}}] AS page
