// The harm flags a caller may see: the flagged person is visible, and so is EVERY record, advert
// and OCG the flag's evidence rests on (with no protected identity among them), so that no
// evidence line reveals what the caller may not see. Optional filters: $force, $status, $id.
MATCH (h:HarmFlag)
WHERE ($id = '' OR h.id = $id) AND ($status = '' OR h.status = $status)
  AND EXISTS { MATCH (p:Person {id: h.person}) WHERE {{visible-person p}} }
  AND NOT EXISTS { MATCH (h)-[:EVIDENCE]->(x) WHERE NOT ({{visible x}} AND NOT {{identity-hidden x}}) }
  AND ($force = '' OR EXISTS {
    MATCH (fr:PersonRecord {force: $force})-[:RESOLVES_TO]->(:Person {id: h.person}) WHERE {{visible fr}} })
WITH h ORDER BY h.id
WITH collect(h {.id, .rule, .person, .evidence, .status, .current,
    reviews: [(h)-[:REVIEWED]->(r:HarmFlagReview) | r {.status, .by, .at, .reason}]}) AS flags
RETURN size(flags) AS total, flags[$skip..$skip + $limit] AS items
