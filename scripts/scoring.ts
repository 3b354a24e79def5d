/**
 * Shared by `npm run eval` and `npm run eval:heldout`: hand an extraction document to the shared
 * Python scorer and read its SCORE line. The scorer lives outside the repository, so its absence is
 * something callers decide how to handle.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractionDocument } from '../src/domain/document.js';
import { sharedPath } from './shared.js';

export const DEFAULT_SCORER = process.env.KG_SCORER ?? sharedPath('eval', 'score.py');

export interface ScorerRun {
  /** The scorer's exit status (1 when it could not be started). */
  status: number;
  stdout: string;
  stderr: string;
}

/** Metric name → value, as printed on the scorer's last line ("SCORE entities_f1=0.93 …"). */
export type Scores = Record<string, number>;

/** Run the scorer on one extraction document against one gold file. */
export function runScorer(
  doc: ExtractionDocument,
  gold: string,
  options: { scorer?: string; verbose?: boolean } = {},
): ScorerRun {
  const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
  try {
    const file = join(dir, 'extraction.json');
    writeFileSync(file, JSON.stringify(doc));
    const args = [options.scorer ?? DEFAULT_SCORER, gold, file];
    if (options.verbose) args.push('--verbose');
    const result = spawnSync('python3', args, { encoding: 'utf8' });
    const stderr = result.error ? `${result.stderr ?? ''}${result.error.message}\n` : result.stderr;
    return { status: result.status ?? 1, stdout: result.stdout ?? '', stderr: stderr ?? '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The metrics of the last SCORE line in the scorer's output, or null when there is none. */
export function parseScoreLine(output: string): Scores | null {
  const line = output
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('SCORE '));
  if (!line) return null;
  const scores: Scores = {};
  for (const pair of line.slice('SCORE '.length).trim().split(/\s+/)) {
    const [name, value] = pair.split('=');
    const n = Number(value);
    if (name && value !== undefined && Number.isFinite(n)) scores[name] = n;
  }
  return scores;
}
