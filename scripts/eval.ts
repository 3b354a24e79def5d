/**
 * Score extraction on the seed corpus with the shared scorer: prints the scorer's lines, the last
 * one starting with SCORE. Usage: npm run eval [-- <corpus> <gold.json>]
 */
import { ingest } from '../src/ingest/index.js';
import { DEFAULT_SCORER, runScorer } from './scoring.js';

const corpus = process.argv[2] ?? 'seed/articles.txt';
const gold = process.argv[3] ?? '../shared/eval/seed-gold.json';

const run = runScorer(await ingest(corpus), gold, { scorer: DEFAULT_SCORER, verbose: true });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
process.exitCode = run.status;
