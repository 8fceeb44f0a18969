// For force $force: how many of the persons, phones and addresses its visible records hold are also
// held by each other force's visible records (phones and addresses only through records that may
// disclose their contacts). One row per (other force, what); other = null gives the force's own totals.
MATCH (r:SourceRecord:PersonRecord {force: $force})
WHERE {{visible r}}
WITH collect(r) AS own
CALL (own) {
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
