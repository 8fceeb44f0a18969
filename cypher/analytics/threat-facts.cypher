// What the caller may see about each threat's persons ($subjects: [{key, persons}]): forces and
// nationalities of their records, their offences as suspects (gravity decided by the caller),
// victims linked to them by a shared phone or address (flagged VICTIM, or the victim of an offence
// the caller may see; and how many are missing or referred for safeguarding), adverts giving their
// phones or emails, and how many phones they hold.
UNWIND $subjects AS s
CALL {
  WITH s
  UNWIND s.persons AS id
  MATCH (:Person {id: id})<-[:RESOLVES_TO]-(r:PersonRecord)
  WHERE {{visible r}}
  RETURN collect(r) AS records
}
CALL {
  WITH records
  UNWIND records AS r
  MATCH (r)-[i:INVOLVED_IN]->(o:Offence)
  WHERE i.involvement = 'SUSPECT' AND {{visible o}}
  RETURN collect(DISTINCT {key: o.key, category: o.category, hoCode: o.hoCode, gravity: o.gravity,
      date: coalesce(o.committedOn, o.reportedOn, o.extracted)}) AS offences
}
CALL {
  WITH records, s
  UNWIND records AS r
  MATCH (r)-[:HAS_PHONE|AT_ADDRESS]->(x)<-[:HAS_PHONE|AT_ADDRESS]-(v:PersonRecord)-[:RESOLVES_TO]->(vp:Person)
  WHERE {{visible-contacts r}} AND {{visible-contacts v}} AND NOT vp.id IN s.persons
    AND ('VICTIM' IN coalesce(v.flags, [])
        OR EXISTS { MATCH (v)-[vi:INVOLVED_IN]->(vo:Offence) WHERE vi.involvement = 'VICTIM' AND {{visible vo}} })
  RETURN count(DISTINCT vp) AS victims,
      count(DISTINCT CASE WHEN 'MISSING' IN coalesce(v.flags, []) THEN vp END) AS vulnerable,
      count(DISTINCT CASE WHEN 'SAFEGUARDING_REFERRAL' IN coalesce(v.flags, []) THEN vp END) AS safeguarding
}
CALL {
  WITH records
  UNWIND records AS r
  MATCH (r)-[:HAS_PHONE|HAS_EMAIL]->(c)<-[:ADVERTISES_PHONE|ADVERTISES_EMAIL]-(a:Advert)
  WHERE {{visible-contacts r}} AND {{visible a}}
  RETURN count(DISTINCT a) AS adverts, max(date(a.postedAt)) AS latestAdvert
}
CALL {
  WITH records
  UNWIND records AS r
  MATCH (r)-[:HAS_PHONE]->(ph:Phone)
  WHERE {{visible-contacts r}}
  RETURN count(DISTINCT ph) AS phones
}
RETURN s.key AS key, [r IN records | r.force] AS forces,
    [r IN records WHERE r.nationality IS NOT NULL | r.nationality] AS nationalities,
    offences, victims, vulnerable, safeguarding, adverts, latestAdvert, phones
