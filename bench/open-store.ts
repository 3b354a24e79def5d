/**
 * Open the store under KG_DATA_DIR, count its graph and close it: the bench measures this
 * process's peak RSS, the memory a process needs merely to hold a graph the embedded engine loads.
 */
import { openStore } from '../src/store/index.js';

const store = await openStore();
const counts = await store.counts();
await store.close();
process.stdout.write(`${JSON.stringify(counts)}\n`);
