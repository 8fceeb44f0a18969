// The records of persons the caller may see, in force/system/record order.
UNWIND $keys AS key
MATCH (:Person {id: key})<-[:RESOLVES_TO]-(r:PersonRecord)
WHERE {{visible r}}
WITH key, r ORDER BY r.force, r.system, r.recordId
RETURN key, collect({{record-node r}}) AS records
