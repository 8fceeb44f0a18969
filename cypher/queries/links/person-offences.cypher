// Offences persons are involved in, through their visible records.
UNWIND $keys AS key
MATCH (:Person {id: key})<-[:RESOLVES_TO]-(r:PersonRecord)-[i:INVOLVED_IN]->(off:Offence)
WHERE {{visible r}} AND {{visible off}}
WITH key, off, i, r ORDER BY off.key, r.key
WITH key, collect({node: {{node off}}, involvement: i.involvement, record: {{record-node r}}}) AS items
RETURN key, size(items) AS total, items[$skip..$skip + $limit] AS items, false AS withheld
