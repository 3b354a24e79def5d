import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships both ESM and CJS; without this alias Pothos and yoga can end up with two copies
  // ("Cannot use GraphQLInterfaceType from another module or realm").
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['tests/support/neo4j-global-setup.ts'],
  },
});
