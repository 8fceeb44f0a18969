// Superseded versions of Offence records the caller may see (no person data: no redaction applies).
UNWIND $keys AS key
MATCH (off:Offence {key: key})
WHERE {{visible off}}
{{record-versions off}}
RETURN key, versions, null AS personFlags
