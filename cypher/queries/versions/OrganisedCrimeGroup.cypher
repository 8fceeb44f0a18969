// Superseded versions of OrganisedCrimeGroup records the caller may see (no person data: no redaction applies).
UNWIND $keys AS key
MATCH (o:OrganisedCrimeGroup {key: key})
WHERE {{visible o}}
{{record-versions o}}
RETURN key, versions, null AS personFlags
