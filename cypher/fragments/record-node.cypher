// A source record for the read API: node.cypher plus, for a person record, the person it
// resolves to and the flags of every record of that person, now or in older versions (priorFlags;
// visible to the caller or not), from
// which security.Redaction decides whether the caller may see the person's identity. Kept apart
// from node.cypher: with a key read from an index in the same query, the pattern comprehension
// trips a Neo4j 5.26 planner bug ("should not appear non-cached").
{
  nodeType: [__Label IN labels(__) WHERE __Label IN ['PersonRecord', 'OrganisedCrimeGroup', 'Advert', 'Operation',
      'Offence', 'Address']][0],
  props: properties(__),
  personId: head([(__)-[:RESOLVES_TO]->(__Person:Person) | __Person.id]),
  personFlags: reduce(__Flags = coalesce(__.flags, []) + coalesce(__.priorFlags, []), __More IN
      [(__)-[:RESOLVES_TO]->(:Person)<-[:RESOLVES_TO]-(__Other:PersonRecord)
        | coalesce(__Other.flags, []) + coalesce(__Other.priorFlags, [])]
      | __Flags + __More)
}
