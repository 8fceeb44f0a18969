// Advert nodes by key, only those the caller may see.
UNWIND $keys AS key
MATCH (ad:Advert {key: key})
WHERE {{visible ad}}
RETURN key, {{node ad}} AS node
