// Phone nodes by key, only those the caller may see.
UNWIND $keys AS key
MATCH (ph:Phone {e164: key})
WHERE {{visible-phone ph}}
RETURN key, {{node ph}} AS node
