import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server.js';
import { countingStore } from '../support/counting-store.js';
import { gql } from '../support/graphql-client.js';
import { apiFixture } from '../support/api-fixture.js';
import { openSeededStore } from '../support/seeded-store.js';

let seeded: Awaited<ReturnType<typeof openSeededStore>>;
beforeAll(async () => {
  seeded = await openSeededStore();
});
afterAll(() => seeded?.cleanup());

const query = `{ entity(name: "Norland") { name statementsAbout(first: 3) { totalCount edges { node { text speaker { name } } } } } }`;

describe('response cache', () => {
  it('answers a repeated query from the cache, and stops as soon as the graph is replaced', async () => {
    const counter = countingStore(seeded.store);
    const app = createApp(counter.store, { responseCacheEntries: 10 });

    const first = await gql(app, query);
    expect(first.body.errors).toBeUndefined();
    const executed = Object.fromEntries(counter.calls);
    expect(executed.statementsFor).toBe(1);

    counter.reset();
    const second = await gql(app, query);
    expect(second.body.data).toEqual(first.body.data);
    // Only the version check reached the store.
    expect(Object.fromEntries(counter.calls)).toEqual({ version: 1 });

    await seeded.store.replace(apiFixture());
    counter.reset();
    const third = await gql(app, query);
    expect(third.body.data).toEqual(first.body.data);
    expect(counter.calls.get('statementsFor')).toBe(1);
  });

  it('is off unless asked for, and never caches a response with errors', async () => {
    const counter = countingStore(seeded.store);
    const plain = createApp(counter.store);
    await gql(plain, query);
    counter.reset();
    await gql(plain, query);
    expect(counter.calls.get('statementsFor')).toBe(1);

    const cached = createApp(counter.store, { responseCacheEntries: 10 });
    const bad = `{ entity(name: "Norland") { statementsAbout(after: "bad") { totalCount } } }`;
    expect((await gql(cached, bad)).body.errors?.[0]?.message).toMatch(/Invalid cursor/);
    counter.reset();
    expect((await gql(cached, bad)).body.errors?.[0]?.message).toMatch(/Invalid cursor/);
    expect(counter.calls.size).toBeGreaterThan(0);
  });
});
