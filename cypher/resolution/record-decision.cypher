// A reviewer's decision on two records ($a < $b); the pair's open review item is closed.
MATCH (a:PersonRecord {key: $a}), (b:PersonRecord {key: $b})
CREATE (d:MatchDecision {id: $id, recordA: $a, recordB: $b, pair: $a + '|' + $b, decision: $decision,
                         reason: $reason, decidedBy: $by, decidedAt: datetime($at)})
CREATE (d)-[:ABOUT]->(a), (d)-[:ABOUT]->(b)
WITH d
OPTIONAL MATCH (i:ReviewItem {id: d.pair})
DELETE i
RETURN d.id AS id
