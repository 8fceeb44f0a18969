// Test only: the visibility matrix's world (security.MatrixWorld), written as docs/MODEL.md says
// an ingest leaves it. Person records of two forces, each holding the same phone and living at
// the same address; per force and handling code an OCG and an operation with every record of the
// force as member and subject, and an advert giving the phone.
UNWIND $records AS rec
MERGE (p:Person {id: rec.personId})
MERGE (f:Force {code: rec.force})
MERGE (ph:Phone {e164: $phone.e164})
MERGE (a:Address {key: $address.key})
  ON CREATE SET a.line1 = $address.line1, a.town = $address.town, a.postcode = $address.postcode, a.country = 'GB'
CREATE (r:SourceRecord:PersonRecord {key: rec.key, force: rec.force, system: rec.system, recordId: rec.recordId,
        handling: rec.handling, batchId: rec.batchId, extracted: date('2024-05-01'),
        ingestedAt: datetime('2024-05-02T08:00:00Z'), firstIngestedAt: datetime('2024-05-02T08:00:00Z'),
        version: 1, hash: rec.key, givenNames: rec.givenNames, familyName: rec.familyName, aliases: rec.aliases,
        dob: rec.dob, gender: 'X', nationality: 'GB', phones: [$phone.asRecorded], emails: rec.emails,
        address: $address.line1, postcode: $address.postcode, idDocuments: rec.idDocuments, flags: rec.flags,
        `extra.nickname`: rec.nickname})
CREATE (r)-[:RESOLVES_TO {score: 1.0, resolvedAt: datetime('2024-05-02T08:05:00Z')}]->(p)
CREATE (r)-[:HAS_PHONE {batchId: rec.batchId}]->(ph)
CREATE (r)-[:AT_ADDRESS {relation: 'HOME', source: 'persons', batchId: rec.batchId}]->(a)
FOREACH (address IN rec.emails | MERGE (e:Email {address: address}) CREATE (r)-[:HAS_EMAIL {batchId: rec.batchId}]->(e))
FOREACH (doc IN rec.documentKeys | MERGE (d:IdDocument {key: doc}) ON CREATE SET d.type = split(doc, ':')[0],
    d.number = split(doc, ':')[1] CREATE (r)-[:HAS_DOCUMENT {batchId: rec.batchId}]->(d))
WITH count(r) AS persons
UNWIND $containers AS c
CREATE (x:SourceRecord {key: c.key, force: c.force, system: c.system, recordId: c.recordId, handling: c.handling,
        batchId: c.batchId, extracted: date('2024-05-01'), version: 1, hash: c.key, name: c.name})
WITH x, c
CALL (x, c) {
  WITH x, c WHERE c.kind = 'OrganisedCrimeGroup'
  SET x:OrganisedCrimeGroup, x.status = 'ACTIVE', x.threatTypes = ['MSHT']
  WITH x, c
  MATCH (r:PersonRecord {force: c.force})
  CREATE (r)-[:MEMBER_OF {role: 'MEMBER', batchId: c.batchId}]->(x)
}
CALL (x, c) {
  WITH x, c WHERE c.kind = 'Operation'
  SET x:Operation, x.status = 'OPEN', x.threatTypes = ['MSHT']
  WITH x, c
  MATCH (r:PersonRecord {force: c.force})
  CREATE (x)-[:HAS_SUBJECT {role: 'SUSPECT', subjectKind: 'PERSON', batchId: c.batchId}]->(r)
}
CALL (x, c) {
  WITH x, c WHERE c.kind = 'Advert'
  SET x:Advert, x.site = 'example-escorts.test', x.title = c.name, x.phones = [$phone.asRecorded]
  WITH x, c
  MATCH (ph:Phone {e164: $phone.e164})
  CREATE (x)-[:ADVERTISES_PHONE {batchId: c.batchId}]->(ph)
}
RETURN count(x) AS containers
