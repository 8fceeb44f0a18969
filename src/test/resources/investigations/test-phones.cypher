// name: test-phones
// title: Test: every phone number and every relationship into it
// description: Tries to read every number and who holds it.
MATCH (p:Phone)
OPTIONAL MATCH (p)<-[h:HAS_PHONE]-(r)
RETURN p.e164 AS phone, collect(r.recordId) AS holders, count(h) AS links
ORDER BY phone
