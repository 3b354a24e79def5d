import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractOrFail } from '../../src/cli/seed.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openStore } from '../../src/store/index.js';

/** An embedded store in a fresh temporary directory, seeded from a corpus path. */
export async function openSeededStore(corpus = 'seed/articles.txt') {
  const dir = await mkdtemp(join(tmpdir(), 'kg-test-'));
  const store: GraphStore = await openStore({ KG_DATA_DIR: dir });
  await store.replace(await extractOrFail(corpus));
  return {
    store,
    dir,
    async cleanup() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Counts per label and relationship type of the embedded store in a directory (opened and closed). */
export async function countsIn(dataDir: string) {
  const store = await openStore({ KG_DATA_DIR: dataDir });
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}
