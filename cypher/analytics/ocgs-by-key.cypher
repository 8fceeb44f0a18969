// Organised crime groups by key for the read API, only those the caller may see.
UNWIND $keys AS key
MATCH (g:OrganisedCrimeGroup {key: key})
WHERE {{visible g}}
RETURN key, {{node g}} AS node
