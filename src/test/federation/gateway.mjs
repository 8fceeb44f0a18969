// A real Apollo gateway composing Crosslink with the partner subgraph, as a partner deployment
// would: it introspects both subgraphs with a service token, and forwards each caller's
// Authorization and X-Purpose headers to Crosslink, which applies that caller's visibility.
// Environment: CROSSLINK_URL, PARTNER_URL, COMPOSE_TOKEN; usage: node gateway.mjs PORT
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const port = Number(process.argv[2]);
const FORWARDED = ['authorization', 'x-purpose'];

const gateway = new ApolloGateway({
  supergraphSdl: new IntrospectAndCompose({
    subgraphs: [
      { name: 'crosslink', url: process.env.CROSSLINK_URL },
      { name: 'cases', url: process.env.PARTNER_URL },
    ],
    introspectionHeaders: {
      Authorization: `Bearer ${process.env.COMPOSE_TOKEN}`,
      'X-Purpose': 'gateway composition',
    },
  }),
  buildService: ({ url }) => new RemoteGraphQLDataSource({
    url,
    willSendRequest({ request, context }) {
      for (const header of FORWARDED) {
        const value = context.headers?.[header];
        if (value) {
          request.http.headers.set(header, value);
        }
      }
    },
  }),
});

const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port },
  context: async ({ req }) => ({ headers: req.headers }),
});
console.log(`READY ${url}`);
