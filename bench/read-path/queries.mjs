// The benchmark's reads, each as Crosslink GraphQL, the same Cypher through the driver, and the same read
// through @neo4j/graphql. The Cypher is what Crosslink runs for the document (visibility included, bound
// from the caller's scope as Crosslink binds it), written as one statement.
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64url');
const gid = (type, key) => b64(`${type}:${key}`);

// cypher/fragments/visible.cypher, with the caller's scope as $scope
const visible = (r) => `(($scope.partner = false OR ${r}.handling = 'P') AND ($scope.allForces OR ${r}.force IN $scope.forces
  OR (${r}.handling = 'P' AND $scope.seesOtherForcesProtected)))`;
const visiblePerson = (p) => `EXISTS { MATCH (${p})<-[:RESOLVES_TO]-(vr:PersonRecord) WHERE ${visible('vr')} }`;
const recordFields = 'force system recordId givenNames familyName dob';
const recordMap = (r) => `${r} {.force, .system, .recordId, .givenNames, .familyName, .dob}`;
const recordsOf = (p) => `CALL (${p}) {
    MATCH (${p})<-[:RESOLVES_TO]-(r:PersonRecord) WHERE ${visible('r')}
    WITH r ORDER BY r.force, r.system, r.recordId
    RETURN collect(${recordMap('r')}) AS records
  }`;

export const queries = [
  {
    name: 'person by id with records, addresses, phones',
    short: 'person',
    sample: 'persons',
    crosslink: (id) => ({
      query: `query Person($id: ID!) { person(id: $id) { ... on Person { id records { ${recordFields} }
        addresses(first: 20) { edges { node { key line1 town postcode } relation } }
        phones(first: 20) { edges { node { e164 } } } } } }`,
      variables: { id: gid('Person', id) },
    }),
    cypher: (id) => ({
      statement: `MATCH (p:Person {id: $id}) WHERE ${visiblePerson('p')}
  ${recordsOf('p')}
  CALL (p) {
    MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord)-[rel:AT_ADDRESS]->(a:Address) WHERE ${visible('r')}
    WITH a, rel ORDER BY a.key, rel.relation
    RETURN collect({node: a {.key, .line1, .town, .postcode}, relation: rel.relation})[..20] AS addresses
  }
  CALL (p) {
    MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord)-[:HAS_PHONE]->(ph:Phone) WHERE ${visible('r')}
    WITH DISTINCT ph ORDER BY ph.e164
    RETURN collect(ph {.e164})[..20] AS phones
  }
  RETURN p.id AS id, records, addresses, phones`,
      params: { id },
    }),
    ngql: (id) => ({
      query: `query Person($id: String!) { people(where: { id: { eq: $id } }) { id records { ${recordFields} }
        addresses { key line1 town postcode } phones { e164 } } }`,
      variables: { id },
    }),
  },
  {
    name: 'person -> phones -> other persons (two hops)',
    short: 'two-hop',
    sample: 'hops',
    crosslink: (id) => ({
      query: `query TwoHops($id: ID!) { person(id: $id) { ... on Person { id
        phones(first: 10) { edges { node { e164 persons(first: 10) { edges { node { id entityId } } } } } } } } }`,
      variables: { id: gid('Person', id) },
    }),
    cypher: (id) => ({
      statement: `MATCH (p:Person {id: $id}) WHERE ${visiblePerson('p')}
  CALL (p) {
    MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord)-[:HAS_PHONE]->(ph:Phone) WHERE ${visible('r')}
    WITH DISTINCT ph ORDER BY ph.e164 LIMIT 10
    CALL (ph) {
      MATCH (ph)<-[:HAS_PHONE]-(r2:PersonRecord)-[:RESOLVES_TO]->(o:Person) WHERE ${visible('r2')}
      WITH DISTINCT o ORDER BY o.id LIMIT 10
      RETURN collect(o.id) AS persons
    }
    RETURN collect({e164: ph.e164, persons: persons}) AS phones
  }
  RETURN p.id AS id, phones`,
      params: { id },
    }),
    ngql: (id) => ({
      query: `query TwoHops($id: String!) { people(where: { id: { eq: $id } }) { id
        phones { e164 persons { id } } } }`,
      variables: { id },
    }),
  },
  {
    name: 'a page of 50 persons with their records',
    short: 'page-50',
    sample: 'persons',
    crosslink: (after) => ({
      query: `query Page($after: String) { persons(first: 50, after: $after) { edges { node { id records { ${recordFields} } } } } }`,
      variables: { after: b64(`k:${after}`) },
    }),
    cypher: (after) => ({
      statement: `MATCH (p:Person) WHERE p.id > $after AND ${visiblePerson('p')}
  WITH p ORDER BY p.id LIMIT 50
  ${recordsOf('p')}
  RETURN p.id AS id, records`,
      params: { after },
    }),
    ngql: (after) => ({
      query: `query Page($after: String!) { people(where: { id: { gt: $after } }, sort: [{ id: ASC }], limit: 50) {
        id records { ${recordFields} } } }`,
      variables: { after },
    }),
  },
  {
    name: 'persons(force:, first: 20) { totalCount }',
    short: 'count',
    sample: 'forces',
    crosslink: (force) => ({
      query: `query Count($force: String) { persons(force: $force, first: 20) { totalCount edges { node { id } } } }`,
      variables: { force },
    }),
    // a person is listed for the force when it has a visible record of that force (which makes it visible)
    cypher: (force) => ({
      statement: `CALL () {
    MATCH (r:SourceRecord:PersonRecord {force: $force})-[:RESOLVES_TO]->(p:Person) WHERE ${visible('r')}
    RETURN count(DISTINCT p) AS total
  }
  CALL () {
    MATCH (r:SourceRecord:PersonRecord {force: $force})-[:RESOLVES_TO]->(p:Person) WHERE ${visible('r')}
    WITH DISTINCT p ORDER BY p.id LIMIT 20
    RETURN collect(p.id) AS ids
  }
  RETURN total, ids`,
      params: { force },
    }),
    ngql: (force) => ({
      query: `query Count($force: String!) { peopleConnection(where: { records: { some: { force: { eq: $force } } } }, first: 20,
        sort: [{ id: ASC }]) { totalCount edges { node { id } } } }`,
      variables: { force },
    }),
  },
  {
    name: '{ me { subject } } (no store read)',
    short: 'me',
    sample: 'none',
    crosslink: () => ({ query: '{ me { subject } }', variables: {} }),
  },
];
