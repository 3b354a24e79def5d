import { resolve } from 'node:path';
import { CypherGraphStore } from './cypher-graph-store.js';
import { GrafeoRunner } from './embedded/grafeo-runner.js';
import type { GraphStore } from './graph-store.js';

export interface OpenOptions {
  log?: (line: string) => void;
}

/**
 * The store the environment asks for: Neo4j when NEO4J_URI is set, else the embedded engine under
 * KG_DATA_DIR (default ./data). Migrations run at every open; they are idempotent.
 */
export async function openStore(
  env: NodeJS.ProcessEnv = process.env,
  options: OpenOptions = {},
): Promise<GraphStore> {
  let store: CypherGraphStore;
  if (env.NEO4J_URI) {
    const { Neo4jRunner } = await import('./neo4j/neo4j-runner.js');
    store = new CypherGraphStore(await Neo4jRunner.connect(env, options.log));
  } else {
    const dir = resolve(env.KG_DATA_DIR || 'data');
    store = new CypherGraphStore(GrafeoRunner.open(dir));
    options.log?.(`embedded store in ${dir}`);
  }
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
