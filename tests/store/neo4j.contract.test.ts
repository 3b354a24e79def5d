/**
 * The same contract on Neo4j, wherever NEO4J_URI points at one (e.g. `docker compose up -d`).
 * Without it the suite is reported as skipped, with the reason in its name: never as passed.
 */
import { describe, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';

const uri = process.env.NEO4J_URI;

if (uri) {
  storeContract(`Neo4j at ${uri}`, {
    async open() {
      const store = await openStore(process.env);
      // The contract starts from an empty graph: it must run on a scratch database.
      if (!(await store.isEmpty()))
        throw new Error(`Neo4j database at ${uri} is not empty; use a scratch database (NEO4J_DATABASE)`);
      return store;
    },
  });
} else {
  describe('GraphStore contract: Neo4j', () => {
    it.skip('skipped: NEO4J_URI is not set (start Neo4j with `docker compose up -d` and set NEO4J_URI=bolt://localhost:7687)', () => {});
  });
}
