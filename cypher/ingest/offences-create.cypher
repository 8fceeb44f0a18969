// Ingest offences.csv: new offences and the person record involved in each, in one pass.
{{ingest-new-record Offence}}
WITH r, row
MATCH (p:PersonRecord {key: row.personKey})
CREATE (p)-[:INVOLVED_IN {involvement: row.props.involvement, batchId: $batch.id}]->(r)
