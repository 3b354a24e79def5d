import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server.js';
import { apiFixture } from '../support/api-fixture.js';
import { gql } from '../support/graphql-client.js';
import { openSeededStore } from '../support/seeded-store.js';

let app: App;
let cleanup: () => Promise<void>;
let aboutBlockade = 0;

beforeAll(async () => {
  const doc = apiFixture();
  // One more statement speaks about the blockade, through the extraction's event link.
  const first = doc.statements.find(
    (s) => s.articleId === 'art_blockade' && !s.aboutIds.includes('evt_blockade'),
  )!;
  first.eventIds = ['evt_blockade'];
  aboutBlockade = doc.statements.filter(
    (s) => s.aboutIds.includes('evt_blockade') || s.eventIds?.includes('evt_blockade'),
  ).length;
  const seeded = await openSeededStore(doc);
  cleanup = seeded.cleanup;
  app = createApp(seeded.store);
});
afterAll(() => cleanup?.());

describe('events', () => {
  it('serves an event with its type, roles, figures, articles and what was said about it', async () => {
    const { body } = await gql(
      app,
      `{ events(first: 10) { edges { node { name kind eventType date when description
          actors { name } targets { name } places { name } participants { name }
          figures { kind value text } articles { title }
          statementsAbout(first: 5) { totalCount }
          mentionedIn(first: 5) { totalCount } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const blockade = body.data.events.edges
      .map((e: any) => e.node)
      .find((n: any) => n.name === 'Port Selby blockade');
    expect(blockade).toMatchObject({
      kind: 'protest',
      eventType: 'protest',
      date: '2031-01-09',
      when: '2031-01-09',
      description: 'protest in Port Selby',
      actors: [{ name: expect.any(String) }],
      targets: [{ name: expect.any(String) }],
      places: [{ name: 'Port Selby' }],
      figures: [{ kind: 'arrested', value: 12, text: '12 dockers' }],
      statementsAbout: { totalCount: aboutBlockade },
    });
    expect(blockade.participants).toHaveLength(2);
    expect(blockade.articles).toHaveLength(2);
  });

  it('filters events by kind (or the deprecated type), dates, participant and place', async () => {
    const ids = await gql(app, `{ n: entity(name: "Norland") { id } p: entity(name: "Port Selby") { id } }`);
    const norland = ids.body.data.n.id;
    const selby = ids.body.data.p.id;
    const names = async (args: string) => {
      const { body } = await gql(app, `{ events(first: 10${args}) { totalCount edges { node { name } } } }`);
      expect(body.errors).toBeUndefined();
      return body.data.events.edges.map((e: any) => e.node.name).sort();
    };
    expect(await names(', kind: protest')).toEqual(['Port Selby blockade']);
    expect(await names(', kind: meeting')).toEqual(['Kestrel summit']);
    // The deprecated `type:` still filters.
    expect(await names(', type: protest')).toEqual(['Port Selby blockade']);
    expect(await names(', from: "2031-01-15", to: "2031-01-31"')).toEqual(['Kaldera Strait naval drill']);
    expect(await names(`, participant: "${norland}"`)).toEqual([
      'Kaldera Strait naval drill',
      'Port Selby blockade',
    ]);
    expect(await names(`, place: "${selby}"`)).toEqual(['Port Selby blockade']);
  });

  it("lists an entity's events with its role in each, newest first", async () => {
    const { body } = await gql(
      app,
      `{ entity(name: "Norland") { events { role event { name } } actor: events(role: actor) { event { name } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.entity.events).toEqual([
      { role: 'actor', event: { name: 'Kaldera Strait naval drill' } },
      { role: 'target', event: { name: 'Port Selby blockade' } },
    ]);
    expect(body.data.entity.actor).toEqual([{ event: { name: 'Kaldera Strait naval drill' } }]);
  });

  it('refuses a participant id that is no entity id, naming the argument', async () => {
    const { body } = await gql(app, `{ events(first: 5, participant: "nonsense") { totalCount } }`);
    expect(body.errors?.[0]?.message).toMatch(/participant/);
  });
});
