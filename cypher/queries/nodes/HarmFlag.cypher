// Harm flags by id, only those the caller may see: the person and EVERY record, advert and OCG
// behind the flag visible, none with an identity hidden from the caller (as analytics/harm-flags).
UNWIND $keys AS key
MATCH (h:HarmFlag {id: key})
WHERE EXISTS { MATCH (p:Person {id: h.person}) WHERE {{visible-person p}} }
  AND NOT EXISTS { MATCH (h)-[:EVIDENCE]->(x) WHERE NOT ({{visible x}} AND NOT {{identity-hidden x}}) }
RETURN key, {nodeType: 'HarmFlag', props: h {.id, .rule, .person, .evidence, .status, .current,
    reviews: [(h)-[:REVIEWED]->(r:HarmFlagReview) | r {.status, .by, .at, .reason}]}} AS node
