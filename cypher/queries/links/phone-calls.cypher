// Calls between phones and other visible phones, summed over every source that reported them,
// one edge per other phone and direction.
UNWIND $keys AS key
MATCH (ph:Phone {e164: key})-[c:CALLED]-(other:Phone)
WHERE other <> ph AND {{visible-phone other}}
WITH key, other, c, CASE WHEN startNode(c) = ph THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
WITH key, other, direction, c ORDER BY c.source
WITH key, other, direction, sum(coalesce(c.count, 0)) AS count, sum(coalesce(c.smsCount, 0)) AS smsCount,
    min(c.first) AS first, max(c.last) AS last, sum(coalesce(c.totalDuration, 0)) AS totalDuration,
    collect(DISTINCT c.source) AS sources
ORDER BY other.e164, direction
WITH key, collect({node: {{node other}}, direction: direction, count: count, smsCount: smsCount, first: first,
    last: last, totalDuration: totalDuration, sources: sources}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
