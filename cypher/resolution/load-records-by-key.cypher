// The named person records ($keys) with the person each resolves to now.
UNWIND $keys AS k
MATCH (r:PersonRecord {key: k})
OPTIONAL MATCH (r)-[:RESOLVES_TO]->(p:Person)
RETURN r.key AS key, r.givenNames AS givenNames, r.familyName AS familyName, r.aliases AS aliases,
       r.dob AS dob, r.gender AS gender, r.nationality AS nationality, r.phones AS phones,
       r.emails AS emails, r.address AS address, r.postcode AS postcode, r.idDocuments AS idDocuments,
       // columns outside the contract that the deployment compares ($extras: lower-case names), as [property, value]
       CASE WHEN size($extras) = 0 THEN [] ELSE [k IN keys(r) WHERE k STARTS WITH 'extra.'
            AND toLower(substring(k, 6)) IN $extras | [k, r[k]]] END AS extras,
       p.id AS personId
