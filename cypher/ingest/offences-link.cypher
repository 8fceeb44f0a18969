// Ingest offences.csv: the person record involved in each changed offence (new ones get theirs
// in offences-create).
UNWIND $rows AS row
MATCH (r:Offence {key: row.key})
MATCH (p:PersonRecord {key: row.personKey})
CREATE (p)-[:INVOLVED_IN {involvement: row.props.involvement, batchId: $batch.id}]->(r)
