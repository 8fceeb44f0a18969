// For force $force: how many of the persons, phones and addresses its visible records hold are also
// held by each other force's visible records (phones and addresses only through records that may
// disclose their contacts). One row per (other force, what); other = null gives the force's own totals.
// With current facts, persons come from the force's fact edge the caller sees (holding-kind) and
// their other forces from their own fact edges: no record is read for them. Until the facts are
// current (facts-current), persons are found from the records.
WITH $force AS force
WITH {{holding-kind force}} AS kind, {{facts-current factsMark}} AS factsCurrent
OPTIONAL MATCH (r:SourceRecord:PersonRecord {force: $force})
WHERE {{visible r}}
WITH kind, factsCurrent, collect(r) AS own
CALL (kind, factsCurrent, own) {
  WITH kind WHERE factsCurrent
  MATCH (:Force {code: $force})-[h:HOLDS_PERSON|HOLDS_PROTECTED_PERSON]->(p:Person)
  WHERE type(h) = kind
  CALL (p) {
    OPTIONAL MATCH (p)<-[o:HOLDS_PERSON|HOLDS_PROTECTED_PERSON]-(:Force)
    WITH o.force AS otherCode, type(o) AS otherKind
    WHERE otherCode <> $force AND otherKind = {{holding-kind otherCode}}
    RETURN collect(otherCode) AS others
  }
  UNWIND [null] + others AS other
  RETURN other, 'persons' AS what, count(*) AS n
  UNION ALL
  WITH own WHERE NOT factsCurrent
  UNWIND own AS r
  MATCH (r)-[:RESOLVES_TO]->(p:Person)
  WITH DISTINCT p
  CALL (p) {
    OPTIONAL MATCH (p)<-[:RESOLVES_TO]-(o:PersonRecord)
    WHERE o.force <> $force AND {{visible o}}
    RETURN collect(DISTINCT o.force) AS others
  }
  UNWIND [null] + others AS other
  RETURN other, 'persons' AS what, count(*) AS n
  UNION ALL
  UNWIND own AS r
  MATCH (r)-[:HAS_PHONE]->(ph:Phone)
  WHERE {{visible-contacts r}}
  WITH DISTINCT ph
  CALL (ph) {
    OPTIONAL MATCH (ph)<-[:HAS_PHONE]-(o:PersonRecord)
    WHERE o.force <> $force AND {{visible-contacts o}}
    RETURN collect(DISTINCT o.force) AS others
  }
  UNWIND [null] + others AS other
  RETURN other, 'phones' AS what, count(*) AS n
  UNION ALL
  UNWIND own AS r
  MATCH (r)-[:AT_ADDRESS]->(a:Address)
  WHERE {{visible-contacts r}}
  WITH DISTINCT a
  CALL (a) {
    OPTIONAL MATCH (a)<-[:AT_ADDRESS]-(o:PersonRecord)
    WHERE o.force <> $force AND {{visible-contacts o}}
    RETURN collect(DISTINCT o.force) AS others
  }
  UNWIND [null] + others AS other
  RETURN other, 'addresses' AS what, count(*) AS n
}
RETURN other, what, n
