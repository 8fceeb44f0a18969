// Superseded versions of Operation records the caller may see (no person data: no redaction applies).
UNWIND $keys AS key
MATCH (op:Operation {key: key})
WHERE {{visible op}}
{{record-versions op}}
RETURN key, versions, null AS personFlags
