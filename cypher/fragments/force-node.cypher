// A force with counts of what the caller may see of it (records, persons, adverts, ...).
{
  nodeType: 'Force',
  props: {
    code: __.code,
    personRecordCount: COUNT { MATCH (__Rec:PersonRecord {force: __.code}) WHERE {{visible __Rec}} },
    personCount: COUNT { MATCH (__Pr:PersonRecord {force: __.code})-[:RESOLVES_TO]->(__Person:Person)
        WHERE {{visible __Pr}} RETURN DISTINCT __Person },
    advertCount: COUNT { MATCH (__Adv:Advert {force: __.code}) WHERE {{visible __Adv}} },
    ocgCount: COUNT { MATCH (__Ocg:OrganisedCrimeGroup {force: __.code}) WHERE {{visible __Ocg}} },
    operationCount: COUNT { MATCH (__Op:Operation {force: __.code}) WHERE {{visible __Op}} },
    offenceCount: COUNT { MATCH (__Off:Offence {force: __.code}) WHERE {{visible __Off}} }
  }
}
