/**
 * The same contract on Neo4j, wherever NEO4J_URI points at one (`npm run neo4j`, docker compose,
 * .ci/run). The database is wiped first: never point NEO4J_URI at data you want to keep when testing.
 * Without NEO4J_URI the suite is reported as skipped, with the reason in its name: never as passed.
 */
import { describe, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { LOCK_TIMEOUT_MS, NEO4J_SKIP_REASON, lockNeo4j, neo4jUri, wipeNeo4j } from '../support/neo4j.js';
import { storeContract } from './contract.js';

if (neo4jUri) {
  let unlock: (() => Promise<void>) | undefined;
  storeContract(`Neo4j at ${neo4jUri}`, {
    lockTimeout: LOCK_TIMEOUT_MS,
    readCommitted: true,
    async open() {
      unlock = await lockNeo4j();
      await wipeNeo4j();
      return openStore(process.env);
    },
    async cleanup() {
      await unlock?.();
    },
    // Community has one user database: the "second" empty store is the same database, wiped.
    async fresh() {
      await wipeNeo4j();
      const store = await openStore(process.env);
      return { store, cleanup: () => store.close() };
    },
  });
} else {
  describe('GraphStore contract: Neo4j', () => {
    it.skip(NEO4J_SKIP_REASON, () => {});
  });
}
