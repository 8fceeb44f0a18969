// Superseded versions of Advert records the caller may see (no person data: no redaction applies).
UNWIND $keys AS key
MATCH (ad:Advert {key: key})
WHERE {{visible ad}}
{{record-versions ad}}
RETURN key, versions, null AS personFlags
