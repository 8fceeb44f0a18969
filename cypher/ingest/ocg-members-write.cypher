// Ingest ocg_members.csv: new or changed memberships, replacing any earlier version.
UNWIND $links AS link
MATCH (p:PersonRecord {key: link.from})
MATCH (g:OrganisedCrimeGroup {key: link.to})
CALL (p, link) {
  MATCH (p)-[old:MEMBER_OF {linkKey: link.linkKey}]->()
  DELETE old
}
CREATE (p)-[x:MEMBER_OF]->(g)
SET x = link.props, x.batchId = $batch.id
RETURN count(x) AS written
