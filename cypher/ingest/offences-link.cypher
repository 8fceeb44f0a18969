// Ingest offences.csv: the person record involved in each new or changed offence.
UNWIND $rows AS row
MATCH (r:Offence {key: row.key})
MATCH (p:PersonRecord {key: row.personKey})
CREATE (p)-[:INVOLVED_IN {involvement: row.props.involvement, batchId: $batch.id}]->(r)
