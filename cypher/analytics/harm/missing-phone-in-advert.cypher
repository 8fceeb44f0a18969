// Rule MISSING_PHONE_IN_ADVERT: a person with a record flagged MISSING holds a phone that an
// advert (of any force) gives. Run for the system (every record); served filtered per caller.
MATCH (r:PersonRecord)-[:HAS_PHONE]->(ph:Phone)<-[:ADVERTISES_PHONE]-(a:Advert)
WHERE 'MISSING' IN coalesce(r.flags, [])
MATCH (r)-[:RESOLVES_TO]->(p:Person)
RETURN p.id AS person,
    collect(DISTINCT 'Record ' + r.key + ' (flagged MISSING) holds phone ' + ph.e164 + ', given in advert ' + a.key
        + coalesce(' posted ' + toString(date(a.postedAt)), '')) AS evidence,
    collect(DISTINCT r.key) AS records, collect(DISTINCT a.key) AS adverts, [] AS ocgs
