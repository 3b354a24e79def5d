/**
 * npm run gen -- --articles N --out DIR [--seed S] [--per-file K]: write a deterministic synthetic
 * corpus in the outlet format, K articles per file (streamed: 100k articles need no memory).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles } from './corpus-generator.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '42' },
    'per-file': { type: 'string', default: '500' },
  },
});
if (!values.out) {
  process.stderr.write('usage: npm run gen -- --articles N --out DIR [--seed S] [--per-file K]\n');
  process.exit(2);
}
const total = Number(values.articles);
const perFile = Number(values['per-file']);
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(perFile) || perFile < 1) {
  process.stderr.write('--articles and --per-file must be positive integers\n');
  process.exit(2);
}
await mkdir(values.out, { recursive: true });
let file = 0;
let batch: string[] = [];
let written = 0;
for (const article of generateArticles(total, Number(values.seed))) {
  batch.push(article);
  if (batch.length === perFile) await flush();
}
if (batch.length) await flush();
process.stderr.write(`wrote ${written} articles in ${file} files to ${values.out}\n`);

async function flush() {
  file++;
  await writeFile(join(values.out!, `articles-${String(file).padStart(5, '0')}.txt`), batch.join('\n\n\n') + '\n');
  written += batch.length;
  batch = [];
}
