// AddressRecord nodes by key, only those the caller may see.
UNWIND $keys AS key
MATCH (ar:AddressRecord {key: key})
WHERE {{visible ar}}
RETURN key, {{node ar}} AS node
