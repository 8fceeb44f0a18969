// Ingest offences.csv: changed offences; the INVOLVED_IN link is rebuilt from the new content.
{{ingest-new-version Offence}}
WITH r, row
CALL (r) {
  MATCH (r)<-[old:INVOLVED_IN]-()
  DELETE old
}
CALL (r, row) {
  MATCH (p:PersonRecord {key: row.personKey})
  CREATE (p)-[:INVOLVED_IN {involvement: row.props.involvement, batchId: $batch.id}]->(r)
}
