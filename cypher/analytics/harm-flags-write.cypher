// Writes one rule run's flags: new flags start NEW; a flag that fires again keeps its status and
// reviews and gets the new evidence; $run marks which flags the latest run produced.
UNWIND $flags AS f
MERGE (h:HarmFlag {id: f.id})
ON CREATE SET h.status = 'NEW', h.createdAt = datetime()
SET h.rule = f.rule, h.person = f.person, h.evidence = f.evidence, h.current = true, h.run = $run
WITH h, f
CALL {
  WITH h
  OPTIONAL MATCH (h)-[old:EVIDENCE]->()
  DELETE old
}
CALL {
  WITH h, f
  UNWIND f.records AS k
  MATCH (x:PersonRecord {key: k})
  MERGE (h)-[:EVIDENCE]->(x)
}
CALL {
  WITH h, f
  UNWIND f.adverts AS k
  MATCH (x:Advert {key: k})
  MERGE (h)-[:EVIDENCE]->(x)
}
CALL {
  WITH h, f
  UNWIND f.ocgs AS k
  MATCH (x:OrganisedCrimeGroup {key: k})
  MERGE (h)-[:EVIDENCE]->(x)
}
RETURN count(*) AS written
