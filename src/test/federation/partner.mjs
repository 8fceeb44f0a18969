// A partner agency's case-management subgraph, written for Crosslink's federation test: its cases
// refer to Crosslink's persons by entity id and to source records by force, system and record id.
// Cases come from the PARTNER_CASES environment variable (JSON); usage: node partner.mjs PORT
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

const port = Number(process.argv[2]);
const cases = JSON.parse(process.env.PARTNER_CASES ?? '[]');

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Query {
    "Every case the agency holds."
    cases: [Case!]!
  }

  "A case in the partner's own system."
  type Case @key(fields: "id") {
    id: ID!
    title: String!
    "Crosslink persons the case is about (null where the caller may not see them)."
    subjects: [Person]!
    "Police records the case cites (null where the caller may not see them)."
    records: [PersonRecord]!
  }

  type Person @key(fields: "entityId", resolvable: false) {
    entityId: String!
  }

  type PersonRecord @key(fields: "force system recordId", resolvable: false) {
    force: String!
    system: String!
    recordId: String!
  }
`);

const resolvers = {
  Query: { cases: () => cases },
  Case: {
    subjects: (c) => c.subjects.map((entityId) => ({ __typename: 'Person', entityId })),
    records: (c) => c.records.map((r) => ({ __typename: 'PersonRecord', ...r })),
  },
};

const server = new ApolloServer({ schema: buildSubgraphSchema([{ typeDefs, resolvers }]) });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port } });
console.log(`READY ${url}`);
