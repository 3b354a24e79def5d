/**
 * Statement.negated: a statement the article reports as NOT said ("did not recommend") is served
 * as such, and one said plainly is not, on the hand-written fixture with one statement denied.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server.js';
import { apiFixture } from '../support/api-fixture.js';
import { gql } from '../support/graphql-client.js';
import { openSeededStore } from '../support/seeded-store.js';

describe('Statement.negated', () => {
  it('is true only for the statement whose cue the article denies', async () => {
    const doc = apiFixture();
    const denied = doc.statements[1]!;
    denied.negated = true;
    const seeded = await openSeededStore(doc);
    try {
      const { body } = await gql<{ statements: { edges: { node: { text: string; negated: boolean } }[] } }>(
        createApp(seeded.store),
        '{ statements(first: 100) { edges { node { text negated } } } }',
      );
      expect(body.errors).toBeUndefined();
      const nodes = body.data!.statements.edges.map((e) => e.node);
      expect(nodes).toHaveLength(doc.statements.length);
      expect(nodes.filter((n) => n.negated).map((n) => n.text)).toEqual([denied.text]);
    } finally {
      await seeded.cleanup();
    }
  });
});
