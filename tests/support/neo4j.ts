/**
 * Tests on Neo4j share one database (Community has a single user database), so every test file that
 * uses it takes a lock for its whole run and starts from a wiped graph. The lock is a directory
 * (mkdir is atomic) beside the OS temp files, keyed on the URI, so test files in parallel workers
 * queue instead of clearing each other's data.
 */
import { mkdir, rmdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { neo4jConfig } from '../../src/store/neo4j/neo4j-runner.js';

export const neo4jUri = process.env.NEO4J_URI || undefined;

/** Why Neo4j-only tests are skipped, for their names: never reported as passed. */
export const NEO4J_SKIP_REASON =
  'skipped: NEO4J_URI is not set (start Neo4j with `npm run neo4j` and set NEO4J_URI=bolt://127.0.0.1:7687)';

const lockDir = () => join(tmpdir(), `kg-neo4j-lock-${Buffer.from(neo4jUri ?? '').toString('hex')}`);
// A lock older than this belongs to a test run that died; a whole file's tests finish well within it.
const STALE_MS = 15 * 60_000;

export async function lockNeo4j(): Promise<() => Promise<void>> {
  const dir = lockDir();
  for (;;) {
    try {
      await mkdir(dir);
      return () => rmdir(dir).catch(() => {});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = await stat(dir).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (since > STALE_MS) await rmdir(dir).catch(() => {});
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Deletes every node and relationship (the schema stays: migrations are idempotent). */
export async function wipeNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = neo4jConfig(env);
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  // CALL { } IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = driver.session({ database: config.database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Neo4j tests wait for the lock held by another file: allow for a whole file's run. */
export const LOCK_TIMEOUT_MS = 20 * 60_000;
