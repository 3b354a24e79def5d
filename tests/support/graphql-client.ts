import type { App } from '../../src/server.js';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POST a GraphQL operation through yoga's in-process fetch: the full HTTP pipeline, no socket. */
export async function gql<T = any>(app: App, query: string, variables?: Record<string, unknown>) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}
