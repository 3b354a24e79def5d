/**
 * npm run eval:news [-- --all]: attribution on real news, PolNeAR (third-party, read from
 * ../shared/eval/polnear/, never copied here). Scores the dev split with its own scorer and fails
 * below the news thresholds (eval/thresholds.json); --all scores train too (reported, not gated:
 * train is what the extractor was studied on). Skips cleanly where the shared folder is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/ingest/index.js';
import { parseScoreLine } from './scoring.js';
import { sharedPath } from './shared.js';
import { missedThresholds, thresholds } from './thresholds.js';

const ROOT = process.env.KG_POLNEAR ?? sharedPath('eval', 'polnear');
const splits = process.argv.includes('--all') ? ['dev', 'train'] : ['dev'];

if (!existsSync(join(ROOT, 'score.py'))) {
  process.stdout.write(`eval:news: no PolNeAR at ${ROOT}; skipped\n`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kg-news-'));
  try {
    for (const split of splits) {
      const started = Date.now();
      const doc = await ingest(join(ROOT, split, 'articles.txt'));
      const file = join(dir, `${split}.json`);
      writeFileSync(file, JSON.stringify(doc));
      const run = spawnSync('python3', [join(ROOT, 'score.py'), join(ROOT, split, 'gold.json'), file], {
        encoding: 'utf8',
      });
      process.stdout.write(
        `== ${split} (${doc.articles.length} articles, extracted in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
      );
      process.stdout.write(run.stdout);
      process.stderr.write(run.stderr ?? '');
      if (run.status !== 0) process.exitCode = 1;
      if (split !== 'dev') continue;
      const scores = parseScoreLine(run.stdout);
      const missed = scores ? missedThresholds(scores, thresholds('news')) : ['no SCORE line'];
      for (const m of missed) process.stderr.write(`eval:news: below threshold: ${m}\n`);
      if (missed.length) process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
