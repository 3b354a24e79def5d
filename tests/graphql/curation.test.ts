/**
 * Curation over HTTP on the hand-written fixture: the token guards every mutation, a server without
 * a token has no mutations at all, each fix is logged, survives a reseed, tells subscribers and
 * invalidates cached responses.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveFeed } from '../../src/live/feed.js';
import { createApp, type App } from '../../src/server.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { apiFixture } from '../support/api-fixture.js';
import type { GraphQLResponse } from '../support/graphql-client.js';
import { openSeededStore } from '../support/seeded-store.js';

const TOKEN = 'curator-token-for-tests';

let store: GraphStore;
let cleanup: () => Promise<void>;
const live = createLiveFeed();
let app: App;

beforeAll(async () => {
  const seeded = await openSeededStore();
  store = seeded.store;
  cleanup = seeded.cleanup;
  app = createApp(store, { ingest: { token: TOKEN }, live, responseCacheEntries: 100 });
});
afterAll(() => cleanup?.());

async function post(target: App, query: string, token?: string, variables?: Record<string, unknown>) {
  const response = await target.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

const holt = encodeGlobalID('Person', 'per_holt');
const find = (name: string) => post(app, `{ entity(name: "${name}") { id name aliases { name } } }`);

describe('the token', () => {
  it('is needed: without it or with a wrong one, UNAUTHENTICATED and nothing changes', async () => {
    const version = await store.version();
    for (const token of [undefined, 'wrong-token']) {
      const body = await post(
        app,
        `mutation { addAlias(entity: "${holt}", name: "Iron Maren") { name } }`,
        token,
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.errors?.[0]?.message).not.toContain(TOKEN);
    }
    expect(await store.version()).toBe(version);
    expect(await store.curationLog()).toEqual([]);
    expect((await find('Iron Maren')).data?.entity).toBeNull();
  });

  it('is the only way to mutations: without a configured token the schema has no Mutation type', async () => {
    const open = createApp(store);
    const body = await post(
      open,
      `mutation { addAlias(entity: "${holt}", name: "Iron Maren") { name } }`,
      TOKEN,
    );
    expect(body.errors?.[0]?.message).toMatch(/mutation/i);
    const types = await post(open, `{ __schema { mutationType { name } } }`);
    expect(types.data?.__schema.mutationType).toBeNull();
    const curating = await post(app, `{ __schema { mutationType { name } } }`);
    expect(curating.data?.__schema.mutationType).toEqual({ name: 'Mutation' });
  });
});

describe('with the token', () => {
  it('adds an alias: entity(name:) finds it, subscribers hear, the cached answer is replaced', async () => {
    expect((await find('Iron Maren')).data?.entity).toBeNull();
    const changed = live.subscribe('entityChanged');
    // Listening starts at the first read, as a subscribed client's does.
    const heard = changed.next();
    const body = await post(
      app,
      `mutation { addAlias(entity: "${holt}", name: "Iron Maren") { name aliases { name rule } } }`,
      TOKEN,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.addAlias.aliases).toContainEqual({ name: 'Iron Maren', rule: 'curated' });
    expect((await find('iron maren')).data?.entity).toMatchObject({ id: holt, name: 'Maren Holt' });
    expect((await heard).value).toMatchObject({ id: 'per_holt' });
    await changed.return!();
  });

  it('refuses what it cannot do, naming the argument, and logs nothing for it', async () => {
    const before = (await store.curationLog()).length;
    const taken = await post(app, `mutation { addAlias(entity: "${holt}", name: "Brekke") { name } }`, TOKEN);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'name' });
    const notAlias = await post(
      app,
      `mutation { removeAlias(entity: "${holt}", name: "Nobody") { name } }`,
      TOKEN,
    );
    expect(notAlias.errors?.[0]?.extensions).toMatchObject({ argumentName: 'name' });
    const self = await post(
      app,
      `mutation { mergeEntities(into: "${holt}", from: ["${holt}"]) { name } }`,
      TOKEN,
    );
    expect(self.errors?.[0]?.extensions).toMatchObject({ argumentName: 'from' });
    expect((await store.curationLog()).length).toBe(before);
  });

  it('removes an alias, splits one off, merges entities', async () => {
    const removed = await post(
      app,
      `mutation { removeAlias(entity: "${holt}", name: "holt") { aliases { name } } }`,
      TOKEN,
    );
    expect(removed.data.removeAlias.aliases.map((a: { name: string }) => a.name)).not.toContain('Holt');
    expect((await find('Holt')).data?.entity).toBeNull();

    const ostmark = encodeGlobalID('Country', 'cty_ost');
    const split = await post(
      app,
      `mutation { splitAlias(entity: "${ostmark}", name: "Tellin") { id name type } }`,
      TOKEN,
    );
    expect(split.errors).toBeUndefined();
    expect(split.data.splitAlias).toMatchObject({ name: 'Tellin', type: 'Country' });
    expect((await find('Tellin')).data?.entity.id).toBe(split.data.splitAlias.id);

    const varga = encodeGlobalID('Person', 'per_varga');
    const norland = encodeGlobalID('Country', 'cty_nor');
    const merged = await post(
      app,
      `mutation { mergeEntities(into: "${norland}", from: ["${varga}"]) { name aliases { name } statementCount } }`,
      TOKEN,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeEntities).toMatchObject({ name: 'Norland', statementCount: 9 });
    expect(merged.data.mergeEntities.aliases.map((a: { name: string }) => a.name)).toContain('Ilya Varga');
    expect((await post(app, `{ node(id: "${varga}") { id } }`)).data?.node).toBeNull();
  });

  it('deletes an article and what only it held, and tells subscribers', async () => {
    const article = encodeGlobalID('Article', 'art_analysis');
    const removed = live.subscribe('articleRemoved');
    const heard = removed.next();
    const body = await post(app, `mutation { deleteArticle(id: "${article}") }`, TOKEN);
    expect(body.errors).toBeUndefined();
    expect(body.data.deleteArticle).toBe(article);
    expect((await heard).value).toBe('art_analysis');
    await removed.return!();
    expect((await post(app, `{ node(id: "${article}") { id } }`)).data?.node).toBeNull();
    expect((await find('Marchetti')).data?.entity).toBeNull();
    const missing = await post(app, `mutation { deleteArticle(id: "${article}") }`, TOKEN);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
  });

  it('logs every fix, and applies the log again when the graph is reseeded', async () => {
    expect((await store.curationLog()).map((e) => e.op.op)).toEqual([
      'addAlias',
      'removeAlias',
      'splitAlias',
      'mergeEntities',
      'deleteArticle',
    ]);
    await store.replace(apiFixture());
    expect((await find('Iron Maren')).data?.entity?.name).toBe('Maren Holt');
    expect((await find('Holt')).data?.entity).toBeNull();
    expect((await find('Ilya Varga')).data?.entity?.name).toBe('Norland');
    expect((await find('Tellin')).data?.entity?.name).toBe('Tellin');
    expect(
      (await post(app, `{ node(id: "${encodeGlobalID('Article', 'art_analysis')}") { id } }`)).data?.node,
    ).toBeNull();
  });
});
