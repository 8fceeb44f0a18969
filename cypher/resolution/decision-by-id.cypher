MATCH (d:MatchDecision {id: $id})
RETURN d.id AS id, d.recordA AS recordA, d.recordB AS recordB, d.decision AS decision, d.reason AS reason,
       d.decidedBy AS decidedBy, toString(d.decidedAt) AS decidedAt
