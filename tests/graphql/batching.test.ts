import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server.js';
import { countingStore } from '../support/counting-store.js';
import { gql } from '../support/graphql-client.js';
import { openSeededStore } from '../support/seeded-store.js';

// Every relation a statement has, and relations of those, several levels deep.
const nested = (first: number) => `{
  statements(first: ${first}) {
    edges { node {
      text
      speaker { name ... on Person { roles { title of { name } } } statementsBy(first: 3) { totalCount edges { node { text } } } }
      about { name mentionedIn(first: 2) { edges { count node { title } } } }
      article { title mentions(first: 5) { edges { node { name } } } statements(first: 2) { totalCount } }
    } }
  }
}`;

let seeded: Awaited<ReturnType<typeof openSeededStore>>;
beforeAll(async () => {
  seeded = await openSeededStore();
});
afterAll(() => seeded?.cleanup());

describe('DataLoader batching', () => {
  it('serves a nested query with a bounded number of store calls, whatever the page size', async () => {
    const counter = countingStore(seeded.store);
    const app = createApp(counter.store);
    const perPageSize = new Map<number, Record<string, number>>();
    for (const first of [3, 12, 40]) {
      counter.reset();
      const { body } = await gql(app, nested(first));
      expect(body.errors).toBeUndefined();
      expect(body.data.statements.edges.length).toBe(first);
      perPageSize.set(first, Object.fromEntries(counter.calls));
    }
    // At most one call per store method per level of the query (entities appear at three levels:
    // speakers and about, role holders, article mentions). With N+1 loading, 40 statements would
    // mean 40 calls for speakers alone.
    for (const calls of perPageSize.values()) {
      for (const [method, n] of Object.entries(calls)) expect(n, method).toBeLessThanOrEqual(3);
    }
    // The whole request stays within a small constant (which calls share a DataLoader tick depends
    // on timing, so the split between methods may vary, the bound does not).
    for (const [first, calls] of perPageSize) {
      const total = Object.values(calls).reduce((a, b) => a + b, 0);
      expect(total, `page size ${first}`).toBeLessThanOrEqual(12);
    }
    expect(perPageSize.get(40)!.listStatements).toBe(1);
  });
});
