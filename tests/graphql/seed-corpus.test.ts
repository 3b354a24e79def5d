/**
 * The one end-to-end test on the shipped seed corpus: extraction, seeding and the API together.
 * Every example operation GraphiQL opens with must answer with data. Expectations stay robust
 * (no errors, nothing empty) rather than exact, because extraction keeps improving; the exact
 * behaviour of the API is tested on the hand-written fixture (tests/support/api-fixture.ts).
 * Ids for operations with variables are picked from the graph itself, so this file names nobody.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/graphql/examples.js';
import { createApp, type App } from '../../src/server.js';
import { gql } from '../support/graphql-client.js';
import { declaredVariables, emptyParts, exampleVariables } from '../support/example-data.js';
import { openCorpusStore } from '../support/seeded-store.js';

let app: App;
let cleanup: () => Promise<void>;
let variables: Record<string, unknown>;
beforeAll(async () => {
  const seeded = await openCorpusStore('seed/articles.txt');
  cleanup = seeded.cleanup;
  app = createApp(seeded.store);
  variables = await exampleVariables(app);
});
afterAll(() => cleanup?.());

describe('the seed corpus, end to end', () => {
  it.each(EXAMPLES.map((example) => [example.name, example] as const))(
    'GraphiQL example %s answers with data',
    async (_name, example) => {
      const vars = { ...declaredVariables(example.query, variables), ...example.variables };
      const { body } = await gql(app, example.query, vars);
      expect(body.errors).toBeUndefined();
      expect(emptyParts(body.data)).toEqual([]);
    },
  );
});
