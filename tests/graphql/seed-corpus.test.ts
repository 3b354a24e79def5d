/**
 * The one end-to-end test on the shipped seed corpus: extraction, seeding and the API together.
 * Every example operation GraphiQL opens with, and every one the README shows, must answer with
 * data. Expectations stay robust
 * (no errors, nothing empty) rather than exact, because extraction keeps improving; the exact
 * behaviour of the API is tested on the hand-written fixture (tests/support/api-fixture.ts).
 * Ids for operations with variables are picked from the graph itself, so this file names nobody.
 */
import { readFileSync } from 'node:fs';
import { parse, print } from 'graphql';
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

/** Every operation in the README's graphql blocks (a block may hold several), with where it is. */
const README_OPERATIONS = [
  ...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g),
].flatMap((block, b) =>
  parse(block[1]!).definitions.map(
    (definition, d) => [`block ${b + 1}, operation ${d + 1}`, print(definition)] as const,
  ),
);

describe('the seed corpus, end to end', () => {
  it('finds the README examples', async () => {
    expect(README_OPERATIONS.length).toBeGreaterThanOrEqual(9);
  });

  it.each(README_OPERATIONS)('README example (%s) answers with data', async (_where, query) => {
    const { body } = await gql(app, query, declaredVariables(query, variables));
    expect(body.errors).toBeUndefined();
    expect(emptyParts(body.data)).toEqual([]);
  });

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
