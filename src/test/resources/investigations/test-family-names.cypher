// name: test-family-names
// title: Test: every person record's name
// description: Tries to read every person record's family name, force and flags as plain values.
MATCH (r:PersonRecord)
RETURN r.familyName AS familyName, r.force AS force, r.recordId AS recordId, r.handling AS handling
ORDER BY recordId
