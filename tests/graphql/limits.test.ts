import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server.js';
import { countingStore } from '../support/counting-store.js';
import { gql } from '../support/graphql-client.js';
import { openSeededStore } from '../support/seeded-store.js';

let app: App;
let counter: ReturnType<typeof countingStore>;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const seeded = await openSeededStore();
  cleanup = seeded.cleanup;
  counter = countingStore(seeded.store);
  app = createApp(counter.store);
});
afterAll(() => cleanup?.());

const deep = (depth: number) => {
  // entity → statementsAbout → speaker → statementsAbout → … : depth grows by two per level.
  let inner = 'name';
  for (let i = 0; i < depth / 4; i++) inner = `statementsAbout(first: 1) { edges { node { speaker { ${inner} } } } }`;
  return `{ entity(name: "Norland") { ${inner} } }`;
};
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;

describe('limits on abusive queries', () => {
  it.each([
    ['a depth-30 query', deep(30), /depth limit/i],
    ['500 aliases', aliases(500), /aliases limit of 30/i],
    ['first: 1000000', '{ people(first: 1000000) { totalCount } }', /Page size limit: "first" is 1000000, the maximum is 100/],
  ])('refuses %s before execution, naming the limit, quickly', async (_name, query, message) => {
    counter.reset();
    const started = performance.now();
    const { body } = await gql(app, query);
    const elapsed = performance.now() - started;
    expect(body.data).toBeUndefined();
    // Several limits may trip at once; one of the messages names the limit in question.
    expect(body.errors!.map((e) => e.message).join('\n')).toMatch(message);
    expect(counter.total()).toBe(0); // nothing ran
    expect(elapsed).toBeLessThan(500);
  });

  it('keeps serving normal queries while refusing abusive ones', async () => {
    const results = await Promise.all([
      gql(app, deep(30)),
      gql(app, '{ articles { totalCount } }'),
      gql(app, aliases(500)),
      gql(app, '{ people(first: 2) { edges { node { name } } } }'),
    ]);
    expect(results[1]!.body.data.articles.totalCount).toBe(6);
    expect(results[3]!.body.data.people.edges).toHaveLength(2);
    expect(results[0]!.body.errors).toBeDefined();
    expect(results[2]!.body.errors).toBeDefined();
  });

  it('lets the example-sized nested queries through', async () => {
    const { body } = await gql(app, deep(8));
    expect(body.errors).toBeUndefined();
  });

  it('masks unexpected errors and keeps deliberate ones', async () => {
    const failing = countingStore({
      ...counter.store,
      listArticles: () => Promise.reject(new Error('connection string with password=hunter2')),
    } as never);
    const masked = createApp(failing.store);
    const { body } = await gql(masked, '{ articles { totalCount } }');
    expect(body.errors![0]!.message).toBe('Unexpected error.');
    expect(JSON.stringify(body)).not.toMatch(/hunter2/);
  });
});

describe('switches', () => {
  it('can turn introspection (and GraphiQL) off', async () => {
    const seeded = await openSeededStore();
    try {
      const closed = createApp(seeded.store, { introspection: false });
      const { body } = await gql(closed, '{ __schema { queryType { name } } }');
      expect(body.errors![0]!.message).toMatch(/introspection/i);
      const page = await closed.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/graphiql/i);
    } finally {
      await seeded.cleanup();
    }
  });

  it('answers CORS preflight for the configured origins', async () => {
    const seeded = await openSeededStore();
    try {
      const only = createApp(seeded.store, { corsOrigins: ['https://app.example'] });
      const ok = await only.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
      });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example');
      const other = await only.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    } finally {
      await seeded.cleanup();
    }
  });
});
