import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { QUERY_LIMITS } from '../../src/graphql/limits/index.js';
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

/** Exactly `levels` deep: entity → (statementsAbout → edges → node → speaker) × k → a leaf. */
const deep = (levels: number) => {
  const rounds = Math.floor((levels - 2) / 4);
  const leaves = [
    'name',
    'statementsAbout(first: 1) { totalCount }',
    'statementsAbout(first: 1) { edges { cursor } }',
    'statementsAbout(first: 1) { edges { node { text } } }',
  ];
  let inner = leaves[levels - 2 - 4 * rounds]!;
  for (let i = 0; i < rounds; i++)
    inner = `statementsAbout(first: 1) { edges { node { speaker { ${inner} } } } }`;
  return `{ entity(name: "Norland") { ${inner} } }`;
};
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
const directives = (n: number) =>
  `{ ${Array.from({ length: n }, () => '__typename @include(if: true)').join(' ')} }`;
const tokens = (n: number) => `{ ${Array.from({ length: n }, () => '__typename').join(' ')} }`;

/** The analyst: fifty people, twenty statements each, with their subjects and articles. */
const ANALYST = `{ people(first: 50) { edges { node { name statementsBy(first: 20) {
  edges { node { text about { name } article { title } } } } } } } }`;
/** Three nested pages of a hundred: a million statements. */
const NESTED_PAGES = `{ statements(first: 100) { edges { node { speaker { statementsBy(first: 100) { edges { node {
  about { statementsAbout(first: 100) { edges { node { text } } } } } } } } } } } }`;
/** Thirty aliases, each a hundred people with a hundred statements. */
const WIDE = `{ ${Array.from(
  { length: 30 },
  (_, i) => `p${i}: people(first: 100) { edges { node {
  statementsBy(first: 100) { edges { node { text } } } } } }`,
).join(' ')} }`;

async function refused(query: string, variables?: Record<string, unknown>) {
  counter.reset();
  const { status, body } = await gql(app, query, variables);
  expect(body.data).toBeUndefined();
  expect(status).toBe(400);
  expect(counter.total()).toBe(0); // refused before any store call
  const messages = body.errors!.map((e) => e.message).join('\n');
  expect(messages).not.toMatch(/syntax error/i);
  return { error: body.errors![0]!, messages };
}

describe('limits on abusive queries', () => {
  it('refuses a depth-20 query, naming the depth limit, the depth found and the maximum', async () => {
    const { error } = await refused(deep(20));
    expect(error.message).toBe('Depth limit: fields nest 20 levels deep, the maximum is 12.');
    expect(error.extensions).toMatchObject({ code: 'QUERY_LIMIT', limit: 'depth', found: 20, maximum: 12 });
  });

  it.each([
    ['500 aliases', aliases(500), 'Aliases limit: the query uses 500 aliases, the maximum is 30.', 'aliases'],
    [
      '21 directives',
      directives(21),
      'Directives limit: the query uses 21 directives, the maximum is 20.',
      'directives',
    ],
    ['3,000 tokens', tokens(3_000), 'Token limit: the document has more than 2,000 tokens.', 'tokens'],
    [
      'first: 1000000',
      '{ people(first: 1000000) { totalCount } }',
      'Page size limit: "first" is 1000000, the maximum is 100.',
      'pageSize',
    ],
  ])('refuses %s, naming the limit and the figures', async (_name, query, message, limit) => {
    const { error } = await refused(query);
    expect(error.message).toBe(message);
    expect(error.extensions).toMatchObject({ limit, maximum: expect.any(Number), found: expect.any(Number) });
  });

  it('accepts the analyst query the issue reported as refused, and answers it', async () => {
    counter.reset();
    const { body } = await gql(app, ANALYST);
    expect(body.errors).toBeUndefined();
    const people = body.data.people.edges;
    expect(people.length).toBeGreaterThan(5);
    expect(people.some((p: any) => p.node.statementsBy.edges.length > 3)).toBe(true);
    // Batched: a handful of store calls for the whole tree.
    expect(counter.total()).toBeLessThanOrEqual(6);
  });

  it.each([
    ['three nested pages of a hundred', NESTED_PAGES, undefined],
    ['thirty aliases of a hundred by a hundred', WIDE, undefined],
    [
      'the analyst query with page sizes passed as variables',
      ANALYST.replace('people(first: 50)', 'people(first: $people)')
        .replace('statementsBy(first: 20)', 'statementsBy(first: $each)')
        .replace('{ people', 'query($people: Int, $each: Int) { people'),
      { people: 100, each: 100 },
    ],
  ])(
    'refuses %s for its cost, naming the limit, the cost and the maximum',
    async (_name, query, variables) => {
      const { error } = await refused(query, variables);
      expect(error.message).toMatch(
        /^Cost limit: this query would cost [\d,]+ \([\d,]+ objects and \d+ store calls at \d+ each\), the maximum is 50,000\./,
      );
      const { found, maximum, objects } = error.extensions as {
        found: number;
        maximum: number;
        objects: number;
      };
      expect(maximum).toBe(QUERY_LIMITS.maxCost);
      expect(found).toBeGreaterThan(maximum);
      expect(objects).toBeGreaterThan(50_000);
    },
  );

  it('judges the same document anew for each set of variables and operation', async () => {
    // Verdicts are remembered per document: a refusal must not stick to other variables.
    const query = ANALYST.replace('people(first: 50)', 'people(first: $people)')
      .replace('statementsBy(first: 20)', 'statementsBy(first: $each)')
      .replace('{ people', 'query Analyst($people: Int, $each: Int) { people');
    const small = { people: 3, each: 2 };
    for (let round = 0; round < 2; round++) {
      const allowed = await gql(app, query, small);
      expect(allowed.body.errors).toBeUndefined();
      expect(allowed.body.data.people.edges).toHaveLength(3);
      await refused(query, { people: 100, each: 100 });
    }
    const twoOperations = `${query} query Tiny { people(first: 1) { totalCount } }`;
    const tiny = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: twoOperations, operationName: 'Tiny' }),
    });
    expect(((await tiny.json()) as any).data.people.totalCount).toBeGreaterThan(0);
    const big = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({
        query: twoOperations,
        operationName: 'Analyst',
        variables: { people: 100, each: 100 },
      }),
    });
    expect(big.status).toBe(400);
  });

  it('keeps serving normal queries while refusing abusive ones', async () => {
    const results = await Promise.all([
      gql(app, deep(30)),
      gql(app, '{ articles { totalCount } }'),
      gql(app, aliases(500)),
      gql(app, '{ people(first: 2) { edges { node { name } } } }'),
      gql(app, NESTED_PAGES),
    ]);
    expect(results[1]!.body.data.articles.totalCount).toBe(6);
    expect(results[3]!.body.data.people.edges).toHaveLength(2);
    for (const i of [0, 2, 4]) expect(results[i]!.body.errors).toBeDefined();
  });

  it('lets nesting up to the depth limit through, and not one level more', async () => {
    const { body } = await gql(app, deep(12));
    expect(body.errors).toBeUndefined();
    expect(body.data.entity.statementsAbout.edges).toHaveLength(1);
    expect((await refused(deep(13))).error.extensions).toMatchObject({ found: 13, limit: 'depth' });
  });

  it("lets GraphiQL's and codegen's introspection query through whatever its depth", async () => {
    const { body } = await gql(app, getIntrospectionQuery());
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('masks unexpected errors and keeps deliberate ones', async () => {
    const failing = countingStore({
      ...counter.store,
      listArticles: () => Promise.reject(new Error('connection string with password=hunter2')),
    } as never);
    const masked = createApp(failing.store);
    // The server logs the real error for its operator: caught here, so the test log stays quiet.
    const serverLog = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { body } = await gql(masked, '{ articles { totalCount } }');
      expect(body.errors![0]!.message).toBe('Unexpected error.');
      expect(JSON.stringify(body)).not.toMatch(/hunter2/);
      expect(serverLog.mock.calls.flat().map(String).join(' ')).toMatch(/password=hunter2/);
    } finally {
      serverLog.mockRestore();
    }
  });
});

describe('switches', () => {
  it('can turn introspection (and GraphiQL) off', async () => {
    const closed = createApp(counter.store, { introspection: false });
    const { body } = await gql(closed, '{ __schema { queryType { name } } }');
    expect(body.errors![0]!.message).toMatch(/introspection/i);
    const page = await closed.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });

  it('answers CORS preflight for the configured origins', async () => {
    const only = createApp(counter.store, { corsOrigins: ['https://app.example'] });
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
  });
});
