// How many persons the persons list filtered by force holds for the caller (persons-count.cypher with
// $force set): persons with a visible record of the force. With current per-person facts, the
// degree of the force node by the edge type the caller sees of it (holding-kind): no walk at all.
// Until the facts are current (facts-current), counted from that force's records; that branch is
// chosen inside its seek (a force of null matches nothing), since a WITH ... WHERE guard was
// planned after the seek and every count walked the force's records.
WITH $force AS force
WITH {{holding-kind force}} AS kind, {{facts-current factsMark}} AS factsCurrent
CALL (kind, factsCurrent) {
  WITH kind WHERE factsCurrent
  OPTIONAL MATCH (f:Force {code: $force})
  RETURN CASE kind
    WHEN 'HOLDS_PERSON' THEN COUNT { (f)-[:HOLDS_PERSON]->() }
    WHEN 'HOLDS_PROTECTED_PERSON' THEN COUNT { (f)-[:HOLDS_PROTECTED_PERSON]->() }
    ELSE 0 END AS total
  UNION ALL
  MATCH (r:SourceRecord:PersonRecord)
  USING INDEX r:SourceRecord(force)
  WHERE r.force = CASE WHEN NOT factsCurrent THEN $force END AND {{visible r}}
  MATCH (r)-[:RESOLVES_TO]->(p:Person)
  RETURN count(DISTINCT p) AS total
}
RETURN sum(total) AS total
