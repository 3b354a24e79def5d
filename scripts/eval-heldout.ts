/**
 * npm run eval:heldout [-- --min entities_f1=0.9,statements_f1=0.9] [--only heldout2,heldout5]
 *                      [--skip heldout14] [--root eval] [--verbose]
 *
 * Scores extraction on every eval/<set>/ holding articles.txt and gold.json, all in this one
 * process: one SCORE line per set, then the mean over sets. Sets listed in eval/blind.json are left
 * out unless --only names them. --min applies to the mean and makes
 * the exit status non-zero below it. Without the shared scorer (../shared/eval/score.py, or
 * KG_SCORER) it says so and skips.
 */
import { existsSync } from 'node:fs';
import { ingestForEval } from './batched-ingest.js';
import {
  belowThresholds,
  findSets,
  formatScores,
  meanScores,
  parseArgs,
  readBlindList,
  selectSets,
  type EvalSet,
} from './heldout-sets.js';
import { DEFAULT_SCORER, parseScoreLine, runScorer, type Scores } from './scoring.js';
import { missedThresholds, thresholds } from './thresholds.js';

async function scoreSet(set: EvalSet, verbose: boolean): Promise<Scores | null> {
  let run;
  try {
    run = runScorer(await ingestForEval(set.corpus), set.gold, { scorer: DEFAULT_SCORER, verbose });
  } catch (error) {
    process.stderr.write(`${set.name}: extraction failed: ${(error as Error).message}\n`);
    return null;
  }
  const scores = parseScoreLine(run.stdout);
  if (verbose) process.stdout.write(`== ${set.name}\n${run.stdout}`);
  if (run.status !== 0 || !scores) {
    process.stderr.write(`${set.name}: scorer failed (exit ${run.status})\n${run.stderr}`);
    return null;
  }
  return scores;
}

async function main(): Promise<number> {
  let options;
  let sets;
  let blind;
  try {
    options = parseArgs(process.argv.slice(2));
    blind = readBlindList(options.root);
    sets = selectSets(findSets(options.root), options.only, options.skip, blind);
  } catch (error) {
    process.stderr.write(`eval:heldout: ${(error as Error).message}\n`);
    return 2;
  }
  const unscored = options.only ? [] : blind;
  if (unscored.length) {
    process.stdout.write(`eval:heldout: blind, not scored: ${unscored.join(', ')} (score one with --only)\n`);
  }
  if (!existsSync(DEFAULT_SCORER)) {
    process.stdout.write(`eval:heldout: no scorer at ${DEFAULT_SCORER}; skipped\n`);
    return 0;
  }
  if (!sets.length) {
    process.stderr.write(`eval:heldout: no set (articles.txt + gold.json) under ${options.root}/\n`);
    return 2;
  }
  const width = Math.max(...sets.map((s) => s.name.length));
  const all: Scores[] = [];
  let failed = 0;
  for (const set of sets) {
    const scores = await scoreSet(set, options.verbose);
    if (!scores) {
      failed++;
      continue;
    }
    all.push(scores);
    process.stdout.write(`${set.name.padEnd(width)}  SCORE ${formatScores(scores)}\n`);
  }
  const mean = meanScores(all);
  process.stdout.write(`${'mean'.padEnd(width)}  MEAN  ${formatScores(mean)}  (${all.length} sets)\n`);
  // Without --min, the gate of eval/thresholds.json; with it, those floors instead.
  const gate = thresholds('heldout');
  const below = Object.keys(options.min).length
    ? belowThresholds(mean, options.min)
    : missedThresholds(mean, gate);
  for (const message of below) process.stderr.write(`eval:heldout: below threshold: ${message}\n`);
  return failed || below.length ? 1 : 0;
}

process.exitCode = await main();
