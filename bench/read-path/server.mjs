// The @neo4j/graphql comparison server: type-defs.graphql over the store Crosslink has open, on Bolt.
// Usage: node server.mjs <port> <bolt-uri>   (Bolt password in the BOLT_PASSWORD environment variable)
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const [port, bolt] = process.argv.slice(2);
const driver = neo4j.driver(bolt, neo4j.auth.basic('neo4j', process.env.BOLT_PASSWORD), { maxConnectionPoolSize: 32 });
const typeDefs = readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver, features: { filters: { String: { GT: true } } } }).getSchema();
const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
console.log(`@neo4j/graphql ready at ${url}`);
