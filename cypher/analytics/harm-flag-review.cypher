// Records a human review of a flag: who, when, why; the flag takes the new status. Nothing else
// changes (flags are never acted on automatically).
MATCH (h:HarmFlag {id: $id})
CREATE (h)-[:REVIEWED]->(:HarmFlagReview {status: $status, by: $by, at: datetime(), reason: $reason})
SET h.status = $status
RETURN h.id AS id
