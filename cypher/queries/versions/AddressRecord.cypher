// Superseded versions of AddressRecord records the caller may see (no person data: no redaction applies).
UNWIND $keys AS key
MATCH (ar:AddressRecord {key: key})
WHERE {{visible ar}}
{{record-versions ar}}
RETURN key, versions, null AS personFlags
