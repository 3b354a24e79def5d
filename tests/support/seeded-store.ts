import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractOrFail } from '../../src/cli/seed.js';
import type { ExtractionDocument } from '../../src/domain/document.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openStore } from '../../src/store/index.js';
import { apiFixture } from './api-fixture.js';

/**
 * An embedded store in a fresh temporary directory, loaded with a document: by default the
 * hand-written API fixture, so that API tests do not depend on what extraction makes of a corpus.
 */
export async function openSeededStore(doc: ExtractionDocument = apiFixture()) {
  const dir = await mkdtemp(join(tmpdir(), 'kg-test-'));
  const store: GraphStore = await openStore({ KG_DATA_DIR: dir });
  await store.replace(doc);
  return {
    store,
    dir,
    async cleanup() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The store seeded through extraction from a corpus path: for the one end-to-end seed test. */
export async function openCorpusStore(corpus = 'seed/articles.txt') {
  return openSeededStore(await extractOrFail(corpus));
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
