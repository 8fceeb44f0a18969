// Ingest operation_subjects.csv: new or changed subjects. An ADDRESS subject is the resolved
// Address of the address record; the others are the source records themselves.
UNWIND $links AS link
MATCH (op:Operation {key: link.from})
CALL (link) {
  MATCH (t:PersonRecord {key: link.to}) WHERE link.kind = 'PERSON' RETURN t
  UNION
  MATCH (t:OrganisedCrimeGroup {key: link.to}) WHERE link.kind = 'OCG' RETURN t
  UNION
  MATCH (t:Advert {key: link.to}) WHERE link.kind = 'ADVERT' RETURN t
  UNION
  MATCH (:AddressRecord {key: link.to})-[:RESOLVES_TO]->(t:Address) WHERE link.kind = 'ADDRESS' RETURN t
}
CALL (op, link) {
  MATCH (op)-[old:HAS_SUBJECT {linkKey: link.linkKey}]->()
  DELETE old
}
CREATE (op)-[x:HAS_SUBJECT]->(t)
SET x = link.props, x.batchId = $batch.id,
    x.addressRecord = CASE link.kind WHEN 'ADDRESS' THEN link.to END
RETURN count(x) AS written
