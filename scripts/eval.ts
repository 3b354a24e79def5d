/**
 * Score extraction on the seed corpus with the shared scorer: prints the scorer's lines, the last
 * one starting with SCORE. Usage: npm run eval [-- <corpus> <gold.json>]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/ingest/index.js';

const corpus = process.argv[2] ?? 'seed/articles.txt';
const gold = process.argv[3] ?? '../shared/eval/seed-gold.json';
const scorer = process.env.KG_SCORER ?? '../shared/eval/score.py';

const doc = await ingest(corpus);
const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
const file = join(dir, 'extraction.json');
writeFileSync(file, JSON.stringify(doc));
const result = spawnSync('python3', [scorer, gold, file, '--verbose'], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exitCode = result.status ?? 1;
