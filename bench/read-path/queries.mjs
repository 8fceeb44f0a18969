// The benchmark's reads, each as Crosslink GraphQL, the same Cypher through the driver, and the same read
// through @neo4j/graphql. The Cypher is what Crosslink runs for the document (visibility included, bound
// from the caller's scope as Crosslink binds it), written as one statement.
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64url');
const gid = (type, key) => b64(`${type}:${key}`);

// cypher/fragments/visible.cypher, with the caller's scope as $scope
const visible = (r) => `(($scope.partner = false OR ${r}.handling = 'P') AND ($scope.allForces OR ${r}.force IN $scope.forces
  OR (${r}.handling = 'P' AND $scope.seesOtherForcesProtected)))`;
// cypher/fragments/holding-kind.cypher: which per-person fact edge answers for the caller on force f
const holdingKind = (f) => `CASE WHEN $scope.partner = false AND ($scope.allForces OR ${f} IN $scope.forces) THEN 'HOLDS_PERSON'
  WHEN $scope.allForces OR ${f} IN $scope.forces OR $scope.seesOtherForcesProtected THEN 'HOLDS_PROTECTED_PERSON' END`;
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
    // what Crosslink runs (cypher/queries/lists/persons-by-force*.cypher, facts current): the count is the
    // degree of the force node by the fact edge the caller sees, the page a seek on (force, person id)
    cypher: (force) => ({
      statement: `WITH ${holdingKind('$force')} AS kind
  OPTIONAL MATCH (f:Force {code: $force})
  WITH kind, f, CASE kind WHEN 'HOLDS_PERSON' THEN COUNT { (f)-[:HOLDS_PERSON]->() }
    WHEN 'HOLDS_PROTECTED_PERSON' THEN COUNT { (f)-[:HOLDS_PROTECTED_PERSON]->() } ELSE 0 END AS total
  CALL (kind) {
    WITH kind WHERE kind = 'HOLDS_PERSON'
    MATCH ()-[h:HOLDS_PERSON]->(p:Person) WHERE h.force = $force AND h.person > ''
    WITH p, h ORDER BY h.force, h.person LIMIT 20 RETURN p
    UNION ALL
    WITH kind WHERE kind = 'HOLDS_PROTECTED_PERSON'
    MATCH ()-[h:HOLDS_PROTECTED_PERSON]->(p:Person) WHERE h.force = $force AND h.person > ''
    WITH p, h ORDER BY h.force, h.person LIMIT 20 RETURN p
  }
  RETURN total, collect(p.id) AS ids`,
      params: { force },
    }),
    ngql: (force) => ({
      query: `query Count($force: String!) { peopleConnection(where: { records: { some: { force: { eq: $force } } } }, first: 20,
        sort: [{ id: ASC }]) { totalCount edges { node { id } } } }`,
      variables: { force },
    }),
  },
  {
    name: 'crossForcePersons(minForces: 2, first: 20) { totalCount }',
    short: 'crossforce',
    sample: 'none',
    crosslink: () => ({
      query: 'query Cross { crossForcePersons(minForces: 2, first: 20) { totalCount edges { node { id } } } }',
      variables: {},
    }),
  },
  {
    name: 'forceLinkage(force:) persons, phones, addresses',
    short: 'linkage',
    sample: 'forces',
    crosslink: (force) => ({
      query: `query Linkage($force: String!) { forceLinkage(force: $force) { force persons phones addresses
        sharedWith { force persons phones addresses } } }`,
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
