// Deconfliction of resolved persons ($subjects: personId, via = how the subject reached the person):
// every force and operation that holds each person, through the caller's visible records only:
//   - each visible record of the person (the force holds them; through resolved identity when the
//     record is another force's),
//   - each visible operation whose subject is such a record,
//   - records of other persons sharing a phone, email or identity document with the person's
//     records (both sides must disclose their contacts to the caller; identifiers held by more than
//     $hubCap records are hubs and lead nowhere), and the operations on those records.
// One row per (force, operation, person, via); search.DeconflictionService groups them.
UNWIND $subjects AS s
MATCH (p:Person {id: s.personId})<-[:RESOLVES_TO]-(r:PersonRecord)
WHERE {{visible r}}
CALL (s, p, r) {
  RETURN r.force AS force, null AS operation, p.id AS personId,
         s.via + ': ' + r.force + ' holds record ' + r.key AS via
  UNION ALL
  MATCH (op:Operation)-[hs:HAS_SUBJECT]->(r)
  WHERE {{visible op}}
  RETURN op.force AS force, {{node op}} AS operation, p.id AS personId,
         s.via + ': ' + toLower(coalesce(hs.role, 'subject')) + ' of ' + coalesce(op.name, op.key) + ' through record ' + r.key AS via
  UNION ALL
  MATCH (r)-[:HAS_PHONE|HAS_EMAIL|HAS_DOCUMENT]->(x)<-[:HAS_PHONE|HAS_EMAIL|HAS_DOCUMENT]-(r2:PersonRecord)
  WHERE {{visible-contacts r}} AND {{visible-contacts r2}}
    AND COUNT { (x)<-[:HAS_PHONE|HAS_EMAIL|HAS_DOCUMENT]-(:PersonRecord) } <= $hubCap
  MATCH (r2)-[:RESOLVES_TO]->(p2:Person)
  WHERE p2 <> p
  WITH s, r, r2, p2, x,
       CASE WHEN x:Phone THEN 'phone ' + x.e164 WHEN x:Email THEN 'email ' + x.address ELSE 'document ' + x.key END AS shared
  CALL (s, r, r2, p2, shared) {
    RETURN r2.force AS force, null AS operation, p2.id AS personId,
           s.via + ': shares ' + shared + ' (record ' + r.key + ') with ' + r2.force + ' record ' + r2.key AS via
    UNION ALL
    MATCH (op:Operation)-[hs:HAS_SUBJECT]->(r2)
    WHERE {{visible op}}
    RETURN op.force AS force, {{node op}} AS operation, p2.id AS personId,
           s.via + ': shares ' + shared + ' (record ' + r.key + ') with record ' + r2.key + ', '
             + toLower(coalesce(hs.role, 'subject')) + ' of ' + coalesce(op.name, op.key) AS via
  }
  RETURN force, operation, personId, via
}
RETURN force, operation, personId, via
LIMIT $limit
