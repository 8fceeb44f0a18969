// Every person record with the person it resolves to now, streamed by ResolutionStore.
MATCH (r:PersonRecord)
OPTIONAL MATCH (r)-[:RESOLVES_TO]->(p:Person)
RETURN r.key AS key, r.givenNames AS givenNames, r.familyName AS familyName, r.aliases AS aliases,
       r.dob AS dob, r.gender AS gender, r.nationality AS nationality, r.phones AS phones,
       r.emails AS emails, r.address AS address, r.postcode AS postcode, r.idDocuments AS idDocuments,
       p.id AS personId
