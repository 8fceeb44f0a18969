// A source record for the read API: node.cypher plus, for a person record, the person it
// resolves to. Kept apart from node.cypher: with a key read from an index in the same query,
// the pattern comprehension trips a Neo4j 5.26 planner bug ("should not appear non-cached").
{
  nodeType: [__Label IN labels(__) WHERE __Label IN ['PersonRecord', 'OrganisedCrimeGroup', 'Advert', 'Operation',
      'Offence', 'Address']][0],
  props: properties(__),
  personId: head([(__)-[:RESOLVES_TO]->(__Person:Person) | __Person.id])
}
