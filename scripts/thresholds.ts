/**
 * The extraction gates: floors and ceilings per evaluation, from eval/thresholds.json, and the
 * messages for scores that miss them. Shared by eval, eval:heldout and eval:news.
 */
import { readFileSync } from 'node:fs';
import type { Scores } from './scoring.js';

export interface Thresholds {
  min: Scores;
  max: Scores;
}

export type Gate = 'seed' | 'heldout' | 'news';

export function thresholds(gate: Gate, file = 'eval/thresholds.json'): Thresholds {
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Thresholds>;
  const t = all[gate];
  if (!t) throw new Error(`${file}: no thresholds for "${gate}"`);
  return { min: t.min ?? {}, max: t.max ?? {} };
}

/** One message per metric outside its bounds (or missing from the scores). */
export function missedThresholds(scores: Scores, t: Thresholds): string[] {
  const out: string[] = [];
  for (const [name, floor] of Object.entries(t.min)) {
    const value = scores[name];
    if (value === undefined) out.push(`${name}: not reported by the scorer`);
    else if (value < floor) out.push(`${name} ${value.toFixed(2)} < ${floor}`);
  }
  for (const [name, ceiling] of Object.entries(t.max)) {
    const value = scores[name];
    if (value === undefined) out.push(`${name}: not reported by the scorer`);
    else if (value > ceiling) out.push(`${name} ${value} > ${ceiling}`);
  }
  return out;
}
