// Rule SUSPECT_CONTACTS_VICTIMS: a person with a record flagged SUSPECT whose phone called or
// texted the phones of two or more distinct victims (records flagged VICTIM).
MATCH (s:PersonRecord)-[:HAS_PHONE]->(sp:Phone)-[:CALLED]-(vp:Phone)<-[:HAS_PHONE]-(v:PersonRecord)-[:RESOLVES_TO]->(victim:Person)
WHERE 'SUSPECT' IN coalesce(s.flags, []) AND 'VICTIM' IN coalesce(v.flags, [])
MATCH (s)-[:RESOLVES_TO]->(p:Person)
WHERE p <> victim
WITH p, collect(DISTINCT victim) AS victims, collect(DISTINCT {s: s.key, sp: sp.e164, v: v.key, vp: vp.e164}) AS links
WHERE size(victims) >= 2
RETURN p.id AS person,
    [l IN links | 'Suspect record ' + l.s + ' phone ' + l.sp + ' is in calls with ' + l.vp + ', held by victim record ' + l.v] AS evidence,
    reduce(ks = [], l IN links | ks + [l.s, l.v]) AS records, [] AS adverts, [] AS ocgs
