/**
 * npm run gen -- --articles N --out DIR [--seed S] [--per-file K]: write a deterministic synthetic
 * corpus, K articles per file (streamed: 100k articles need no memory): originals in the outlet's
 * plain-text format, and one in twenty a syndicated copy (same text, another outlet and URL) in
 * a JSON Lines file beside them.
 */
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus-files.js';

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
const { articles, copies, files } = await writeCorpus(values.out, total, Number(values.seed), perFile);
process.stderr.write(
  `wrote ${articles} articles (${copies} syndicated copies) in ${files} files to ${values.out}\n`,
);
