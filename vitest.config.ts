import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships both ESM and CJS; without this alias Pothos and yoga can end up with two copies
  // ("Cannot use GraphQLInterfaceType from another module or realm").
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['tests/**/*.test.ts'],
    // CI runs Neo4j (a JVM) on the same cores as the tests: CPU-bound tests (the Cypher linter,
    // the seeds of the fault tests) get room for that, not a speed limit (speed is benchmarked).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['tests/support/neo4j-global-setup.ts'],
    setupFiles: ['tests/support/cypher-trace.ts'],
  },
});
