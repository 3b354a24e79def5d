/**
 * npm run eval:events [-- --examples N]: event coreference on real news, ECB+ (third-party, read
 * from ../shared/eval/ecbplus/, never copied here). Scores the dev half with its own scorer: one
 * event node per real event across articles, coverage, seminal mentions, places. Reported, not
 * gated (the extractor was studied on dev; the other half is scored elsewhere). Skips cleanly where
 * the shared folder is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/ingest/index.js';
import { sharedPath } from './shared.js';

const ROOT = process.env.KG_ECBPLUS ?? sharedPath('eval', 'ecbplus');
const at = process.argv.indexOf('--examples');
const examples = at >= 0 ? ['--examples', process.argv[at + 1] ?? '10'] : [];

if (!existsSync(join(ROOT, 'score.py'))) {
  process.stdout.write(`eval:events: no ECB+ at ${ROOT}; skipped\n`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kg-events-'));
  try {
    const started = Date.now();
    const doc = await ingest(join(ROOT, 'dev', 'articles.txt'));
    const file = join(dir, 'dev.json');
    writeFileSync(file, JSON.stringify(doc));
    const run = spawnSync(
      'python3',
      [join(ROOT, 'score.py'), join(ROOT, 'dev', 'gold.json'), file, ...examples],
      {
        encoding: 'utf8',
      },
    );
    process.stdout.write(
      `== dev (${doc.articles.length} articles, extracted in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
    );
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr ?? '');
    if (run.status !== 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
