/**
 * Score extraction on the seed corpus with the shared scorer: prints the scorer's lines, the last
 * one starting with SCORE, and fails below the seed's thresholds (eval/thresholds.json).
 * Usage: npm run eval [-- <corpus> <gold.json>]   (with a corpus of your own, no gate applies)
 */
import { existsSync } from 'node:fs';
import { ingestForEval } from './batched-ingest.js';
import { DEFAULT_SCORER, parseScoreLine, runScorer } from './scoring.js';
import { sharedPath } from './shared.js';
import { missedThresholds, thresholds } from './thresholds.js';

const corpus = process.argv[2] ?? 'seed/articles.txt';
const gold = process.argv[3] ?? sharedPath('eval', 'seed-gold.json');

if (!existsSync(DEFAULT_SCORER) || !existsSync(gold)) {
  process.stdout.write(`eval: no scorer or gold at ${DEFAULT_SCORER}, ${gold}; skipped\n`);
} else {
  const run = runScorer(await ingestForEval(corpus), gold, { scorer: DEFAULT_SCORER, verbose: true });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  process.exitCode = run.status;
  const scores = parseScoreLine(run.stdout);
  if (run.status === 0 && process.argv.length <= 2) {
    const missed = scores ? missedThresholds(scores, thresholds('seed')) : ['no SCORE line'];
    for (const m of missed) process.stderr.write(`eval: below threshold: ${m}\n`);
    if (missed.length) process.exitCode = 1;
  }
}
