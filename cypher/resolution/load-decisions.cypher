// Every review decision, oldest first: a later decision on a pair replaces an earlier one.
MATCH (d:MatchDecision)
RETURN d.recordA AS recordA, d.recordB AS recordB, d.decision AS decision
ORDER BY d.decidedAt, d.id
