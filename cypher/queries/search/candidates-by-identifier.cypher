// Person records holding a searched identifier ($phone E.164, $email, $documentKey TYPE:NUMBER or
// $documentNumber, $postcode), each through its own index; only records the caller may see with
// their contact details, with the person each resolves to.
CALL {
  MATCH (:Phone {e164: $phone})<-[:HAS_PHONE]-(r:PersonRecord) RETURN r
  UNION
  MATCH (:Email {address: $email})<-[:HAS_EMAIL]-(r:PersonRecord) RETURN r
  UNION
  MATCH (:IdDocument {key: $documentKey})<-[:HAS_DOCUMENT]-(r:PersonRecord) RETURN r
  UNION
  MATCH (:IdDocument {number: $documentNumber})<-[:HAS_DOCUMENT]-(r:PersonRecord) RETURN r
  UNION
  MATCH (:Address {postcode: $postcode})<-[:AT_ADDRESS]-(r:PersonRecord) RETURN r
}
WITH r WHERE {{visible-contacts r}}
WITH r LIMIT $limit
MATCH (r)-[:RESOLVES_TO]->(p:Person)
RETURN r.key AS key, properties(r) AS props, p.id AS personId
