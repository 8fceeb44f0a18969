// The profile events of many persons over every force's records the caller may see: offences
// (with the record that links the person to each) and records carrying a profile flag.
UNWIND $persons AS id
MATCH (p:Person {id: id})
CALL {
  WITH p
  MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord)-[i:INVOLVED_IN]->(o:Offence)
  WHERE (o.category IN $categories OR o.hoCode IN $hoCodes) AND i.involvement = $involvement
    AND {{visible o}} AND {{visible r}}
  RETURN collect({key: o.key, force: o.force, category: o.category, hoCode: o.hoCode, gravity: o.gravity,
      date: coalesce(o.committedOn, o.reportedOn, o.extracted), record: r.key, recordForce: r.force}) AS offences
}
CALL {
  WITH p
  MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord)
  WHERE {{visible r}}
  RETURN collect({key: r.key, force: r.force, flags: [f IN coalesce(r.flags, []) WHERE f IN $flags],
      date: r.extracted}) AS records
}
RETURN id AS person, offences, records
