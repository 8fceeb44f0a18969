// Test only: two forces' C and P records of persons and adverts; see VisibilityMatrixTest.
UNWIND $records AS rec
CREATE (r:SourceRecord {key: rec.key, force: rec.force, handling: rec.handling, flags: rec.flags})
WITH r, rec
CALL (r, rec) {
  WITH r, rec WHERE rec.kind = 'PersonRecord'
  SET r:PersonRecord
  MERGE (p:Person {id: rec.person})
  CREATE (r)-[:RESOLVES_TO]->(p)
}
CALL (r, rec) {
  WITH r, rec WHERE rec.kind = 'Advert'
  SET r:Advert
}
RETURN count(r) AS created
