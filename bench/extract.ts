/**
 * npm run bench:extract [-- --articles N]: extraction speed on a synthetic corpus, in articles per
 * second (parse + extract, in memory). Prints one line per run and the best.
 */
import { parseArgs } from 'node:util';
import { extract, parseCorpus } from '../src/ingest/index.js';
import { generateCorpus } from './corpus-generator.js';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } },
});
const count = Number(values.articles);
const text = generateCorpus(count).join('\n\n\n');

let best = 0;
for (let run = 1; run <= Number(values.runs); run++) {
  const started = process.hrtime.bigint();
  const { articles, problems } = parseCorpus(text, 'synthetic.txt');
  const doc = extract(articles);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = articles.length / seconds;
  best = Math.max(best, rate);
  console.log(
    `run ${run}: ${articles.length} articles (${problems.length} problems) in ${seconds.toFixed(2)} s: ` +
      `${rate.toFixed(0)} articles/s; ${doc.entities.length} entities, ${doc.statements.length} statements`,
  );
}
console.log(`extraction: ${best.toFixed(0)} articles/s (best of ${values.runs}, target ≥ 500)`);
