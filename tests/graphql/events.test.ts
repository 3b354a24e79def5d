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
  const first = doc.statements.find((s) => s.articleId === 'art_blockade' && !s.aboutIds.includes('evt_blockade'))!;
  first.eventIds = ['evt_blockade'];
  aboutBlockade = doc.statements.filter((s) => s.aboutIds.includes('evt_blockade') || s.eventIds?.includes('evt_blockade')).length;
  const seeded = await openSeededStore(doc);
  cleanup = seeded.cleanup;
  app = createApp(seeded.store);
});
afterAll(() => cleanup?.());

describe('events', () => {
  it('serves an event with its type, roles, figures, articles and what was said about it', async () => {
    const { body } = await gql(
      app,
      `{ events(first: 10) { edges { node { name eventType date when description
          actors { name } targets { name } places { name } participants { name }
          figures { kind value text } articles { title }
          statementsAbout(first: 5) { totalCount }
          mentionedIn(first: 5) { totalCount } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const blockade = body.data.events.edges.map((e: any) => e.node).find((n: any) => n.name === 'Port Selby blockade');
    expect(blockade).toMatchObject({
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
});
