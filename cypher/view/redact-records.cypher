// The caller's view, step 2, partners only: each protected record takes its redacted properties
// (identity fields say the marker) and loses its links to contact details, so a partner reaches no
// protected person's phone, email, document or address by any walk (visible-contacts.cypher).
UNWIND $rows AS row
MATCH (r:PersonRecord)
WHERE elementId(r) = row.id
SET r = row.props
WITH r
OPTIONAL MATCH (r)-[contact:HAS_PHONE|HAS_EMAIL|HAS_DOCUMENT|AT_ADDRESS]->()
DELETE contact
