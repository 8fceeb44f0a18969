// Superseded versions of person records the caller may see, with the flags of every record of
// the record's person (as record-node.cypher projects them) so that security.Redaction can hide
// a protected person's identity in old content as it does in the current one.
UNWIND $keys AS key
MATCH (r:PersonRecord {key: key})
WHERE {{visible r}}
{{record-versions r}}
WITH key, versions, {{record-node r}} AS projected
RETURN key, versions, projected.personFlags AS personFlags
