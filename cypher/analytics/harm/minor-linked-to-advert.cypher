// Rule MINOR_LINKED_TO_ADVERT: a person whose record holds a phone or email an advert gives, and
// whose full date of birth makes them under 18 when the advert was posted.
MATCH (r:PersonRecord)-[:HAS_PHONE|HAS_EMAIL]->(c)<-[:ADVERTISES_PHONE|ADVERTISES_EMAIL]-(a:Advert)
WHERE r.dob =~ '\\d{4}-\\d{2}-\\d{2}' AND a.postedAt IS NOT NULL
  AND date(r.dob) + duration({years: 18}) > date(a.postedAt)
MATCH (r)-[:RESOLVES_TO]->(p:Person)
RETURN p.id AS person,
    collect(DISTINCT 'Record ' + r.key + ' (born ' + r.dob + ') holds ' + coalesce(c.e164, c.address) + ', given in advert '
        + a.key + ' posted ' + toString(date(a.postedAt)) + ', before the person turned 18') AS evidence,
    collect(DISTINCT r.key) AS records, collect(DISTINCT a.key) AS adverts, [] AS ocgs
