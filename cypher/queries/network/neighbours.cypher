// The associates of persons ($persons: entity ids) one hop away, through the link kinds in $via
// (PHONE, EMAIL, DOCUMENT, ADDRESS, CALL, OCG, OFFENCE, OPERATION, ADVERT), each with what joins
// them in words. Only records the caller may see count, and contact-borne links (phones, emails,
// documents, addresses, calls, adverts) only through records that may disclose their contacts
// (visible-contacts), on both ends. A joining node (a phone, an address, an OCG...) linked to more
// than $hubCap records is a hub: it is not expanded, and one row names it (other = null).
UNWIND $persons AS pid
MATCH (p:Person {id: pid})<-[:RESOLVES_TO]-(r:PersonRecord)
WHERE {{visible r}}
CALL (r) {
  MATCH (r)-[:HAS_PHONE|HAS_EMAIL|HAS_DOCUMENT]->(x)
  WHERE {{visible-contacts r}}
    AND ((x:Phone AND 'PHONE' IN $via) OR (x:Email AND 'EMAIL' IN $via) OR (x:IdDocument AND 'DOCUMENT' IN $via))
  WITH r, x, CASE WHEN x:Phone THEN 'PHONE' WHEN x:Email THEN 'EMAIL' ELSE 'DOCUMENT' END AS kind,
       CASE WHEN x:Phone THEN 'phone ' + x.e164 WHEN x:Email THEN 'email ' + x.address ELSE 'document ' + x.key END AS label,
       COUNT { (x)<-[:HAS_PHONE|HAS_EMAIL|HAS_DOCUMENT]-(:PersonRecord) } AS size
  CALL (r, x, size) {
    WITH r, x, size WHERE size <= $hubCap
    MATCH (x)<-[:HAS_PHONE|HAS_EMAIL|HAS_DOCUMENT]-(r2:PersonRecord)
    WHERE r2 <> r AND {{visible-contacts r2}}
    RETURN r2, '' AS detail
    UNION ALL
    WITH size WHERE size > $hubCap
    RETURN null AS r2, '' AS detail
  }
  RETURN kind, label, size, r2, 'shared ' + label AS explanation
  UNION ALL
  MATCH (r)-[at:AT_ADDRESS]->(a:Address)
  WHERE 'ADDRESS' IN $via AND {{visible-contacts r}}
  WITH r, at, a, COUNT { (a)<-[:AT_ADDRESS]-(:PersonRecord) } AS size
  CALL (r, at, a, size) {
    WITH r, a, size WHERE size <= $hubCap
    MATCH (a)<-[at2:AT_ADDRESS]-(r2:PersonRecord)
    WHERE r2 <> r AND {{visible-contacts r2}}
    RETURN r2, coalesce(at2.relation, 'linked') AS detail
    UNION ALL
    WITH size WHERE size > $hubCap
    RETURN null AS r2, '' AS detail
  }
  RETURN 'ADDRESS' AS kind, 'address ' + coalesce(a.line1 + ', ', '') + coalesce(a.postcode, a.key) AS label, size, r2,
         'both at address ' + coalesce(a.line1 + ', ', '') + coalesce(a.postcode, a.key)
           + ' (' + coalesce(at.relation, 'linked') + ' / ' + detail + ')' AS explanation
  UNION ALL
  MATCH (r)-[:HAS_PHONE]->(ph:Phone)-[c:CALLED]-(ph2:Phone)<-[:HAS_PHONE]-(r2:PersonRecord)
  WHERE 'CALL' IN $via AND r2 <> r AND {{visible-contacts r}} AND {{visible-contacts r2}}
  RETURN 'CALL' AS kind, 'phone ' + ph.e164 AS label, 0 AS size, r2,
         'phone ' + ph.e164 + CASE WHEN startNode(c) = ph THEN ' called ' ELSE ' was called by ' END + ph2.e164
           + ' (' + coalesce(c.count, 0) + ' calls, ' + coalesce(c.smsCount, 0) + ' texts, source ' + c.source + ')' AS explanation
  UNION ALL
  MATCH (r)-[m:MEMBER_OF]->(g:OrganisedCrimeGroup)
  WHERE 'OCG' IN $via AND {{visible g}}
  WITH r, m, g, COUNT { (g)<-[:MEMBER_OF]-(:PersonRecord) } AS size
  CALL (r, g, size) {
    WITH r, g, size WHERE size <= $hubCap
    MATCH (g)<-[m2:MEMBER_OF]-(r2:PersonRecord)
    WHERE r2 <> r AND {{visible r2}}
    RETURN r2, coalesce(m2.role, 'member') AS detail
    UNION ALL
    WITH size WHERE size > $hubCap
    RETURN null AS r2, '' AS detail
  }
  RETURN 'OCG' AS kind, 'OCG ' + coalesce(g.name, g.key) AS label, size, r2,
         'both in OCG ' + coalesce(g.name, g.key) + ' (' + coalesce(m.role, 'member') + ' / ' + detail + ')' AS explanation
  UNION ALL
  MATCH (r)-[i:INVOLVED_IN]->(o:Offence)
  WHERE 'OFFENCE' IN $via AND {{visible o}}
  WITH r, i, o, COUNT { (o)<-[:INVOLVED_IN]-(:PersonRecord) } AS size
  CALL (r, o, size) {
    WITH r, o, size WHERE size <= $hubCap
    MATCH (o)<-[i2:INVOLVED_IN]-(r2:PersonRecord)
    WHERE r2 <> r AND {{visible r2}}
    RETURN r2, coalesce(i2.involvement, 'involved') AS detail
    UNION ALL
    WITH size WHERE size > $hubCap
    RETURN null AS r2, '' AS detail
  }
  RETURN 'OFFENCE' AS kind, 'offence ' + o.key AS label, size, r2,
         'both in offence ' + o.key + ' ' + coalesce(o.category, '') + ' (' + coalesce(i.involvement, 'involved') + ' / ' + detail + ')' AS explanation
  UNION ALL
  MATCH (r)<-[s:HAS_SUBJECT]-(op:Operation)
  WHERE 'OPERATION' IN $via AND {{visible op}}
  WITH r, s, op, COUNT { (op)-[:HAS_SUBJECT]->(:PersonRecord) } AS size
  CALL (r, op, size) {
    WITH r, op, size WHERE size <= $hubCap
    MATCH (op)-[s2:HAS_SUBJECT]->(r2:PersonRecord)
    WHERE r2 <> r AND {{visible r2}}
    RETURN r2, coalesce(s2.role, 'subject') AS detail
    UNION ALL
    WITH size WHERE size > $hubCap
    RETURN null AS r2, '' AS detail
  }
  RETURN 'OPERATION' AS kind, 'operation ' + coalesce(op.name, op.key) AS label, size, r2,
         'both subjects of operation ' + coalesce(op.name, op.key) + ' (' + coalesce(s.role, 'subject') + ' / ' + detail + ')' AS explanation
  UNION ALL
  MATCH (r)-[:HAS_PHONE|HAS_EMAIL]->(x)<-[:ADVERTISES_PHONE|ADVERTISES_EMAIL]-(ad:Advert)
  WHERE 'ADVERT' IN $via AND {{visible-contacts r}} AND {{visible ad}}
  MATCH (ad)-[:ADVERTISES_PHONE|ADVERTISES_EMAIL]->(y)<-[:HAS_PHONE|HAS_EMAIL]-(r2:PersonRecord)
  WHERE r2 <> r AND {{visible-contacts r2}}
  RETURN 'ADVERT' AS kind, 'advert ' + ad.key AS label, 0 AS size, r2,
         'advert ' + ad.key + ' gives ' + coalesce(x.e164, x.address) + CASE WHEN x = y THEN '' ELSE ' and ' + coalesce(y.e164, y.address) END AS explanation
}
WITH p, r, kind, label, size, r2, explanation
OPTIONAL MATCH (r2)-[:RESOLVES_TO]->(p2:Person)
WITH p, r, kind, label, size, r2, p2, explanation
WHERE r2 IS NULL OR p2 <> p
RETURN p.id AS fromPerson, p2.id AS toPerson, kind, label, size,
       explanation + ': ' + r.key + CASE WHEN r2 IS NULL THEN '' ELSE ' and ' + r2.key END AS explanation,
       [f IN [r.force, r2.force] WHERE f IS NOT NULL] AS forces
LIMIT $limit
