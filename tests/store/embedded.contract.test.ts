import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';

let dir = '';
storeContract('embedded (Grafeo)', {
  async open() {
    dir = await mkdtemp(join(tmpdir(), 'kg-contract-'));
    return openStore({ KG_DATA_DIR: dir });
  },
  cleanup: () => rm(dir, { recursive: true, force: true }),
  async fresh() {
    const freshDir = await mkdtemp(join(tmpdir(), 'kg-contract-'));
    const store = await openStore({ KG_DATA_DIR: freshDir });
    return {
      store,
      async cleanup() {
        await store.close();
        await rm(freshDir, { recursive: true, force: true });
      },
    };
  },
});
