// Rule SAFEGUARDING_IN_TWO_FORCES: records of one resolved person flagged SAFEGUARDING_REFERRAL in
// two or more forces (no force alone sees the pattern).
MATCH (r:PersonRecord)-[:RESOLVES_TO]->(p:Person)
WHERE 'SAFEGUARDING_REFERRAL' IN coalesce(r.flags, [])
WITH p, collect(r) AS rs
WITH p, rs, reduce(fs = [], r IN rs | CASE WHEN r.force IN fs THEN fs ELSE fs + r.force END) AS forces
WHERE size(forces) >= 2
RETURN p.id AS person,
    [r IN rs | 'Record ' + r.key + ' is flagged SAFEGUARDING_REFERRAL'] AS evidence,
    [r IN rs | r.key] AS records, [] AS adverts, [] AS ocgs
