// One page of the persons list filtered by force (persons.cypher with $force set), in key order after
// the cursor's key. A person is listed when it has a visible record of the force, which also makes
// the person visible (visible-person). The per-person facts answer that without reading a record:
// the edge type the caller sees of the force (holding-kind) is seeked on (force, person id) in id
// order, so a page costs its own rows; each row is still checked against its records
// (persons-filter, a few records per row), so a page stays exact even while a resolution write
// is between moving records and refreshing their facts. A store whose facts are not yet current (facts-current)
// walks the force's records instead (index source_record_force), with the same answer. Each branch
// is chosen inside its own seek (a force of null matches nothing): a branch guarded by WITH ... WHERE
// alone was planned with its seek first, so every call walked all three.
WITH $force AS force
WITH {{holding-kind force}} AS kind, {{facts-current factsMark}} AS factsCurrent
CALL (kind, factsCurrent) {
  MATCH ()-[h:HOLDS_PERSON]->(p:Person)
  WHERE h.force = CASE WHEN factsCurrent AND kind = 'HOLDS_PERSON' THEN $force END AND h.person > coalesce($after, '') AND {{persons-filter p}}
  WITH p, h ORDER BY h.force, h.person LIMIT $limit // force first, so the index gives the order
  RETURN p
  UNION ALL
  MATCH ()-[h:HOLDS_PROTECTED_PERSON]->(p:Person)
  WHERE h.force = CASE WHEN factsCurrent AND kind = 'HOLDS_PROTECTED_PERSON' THEN $force END AND h.person > coalesce($after, '') AND {{persons-filter p}}
  WITH p, h ORDER BY h.force, h.person LIMIT $limit // force first, so the index gives the order
  RETURN p
  UNION ALL
  MATCH (r:SourceRecord:PersonRecord)
  USING INDEX r:SourceRecord(force)
  WHERE r.force = CASE WHEN NOT factsCurrent THEN $force END AND {{visible r}}
  MATCH (r)-[:RESOLVES_TO]->(p:Person)
  WHERE p.id > coalesce($after, '')
  WITH DISTINCT p ORDER BY p.id LIMIT $limit
  RETURN p
}
WITH p ORDER BY p.id
RETURN {{node p}} AS node
