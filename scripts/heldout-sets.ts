/**
 * The pure parts of `npm run eval:heldout`: which sets exist, which are blind, what the command line
 * asks for, the mean over sets and the thresholds it must meet.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scores } from './scoring.js';

export interface EvalSet {
  name: string;
  corpus: string;
  gold: string;
}

export interface HeldoutOptions {
  root: string;
  only: string[] | null;
  skip: string[];
  verbose: boolean;
  min: Scores;
}

/** "heldout" sorts before "heldout2", and "heldout10" after "heldout9". */
function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Every folder under root holding both articles.txt and gold.json, in natural order. */
export function findSets(root: string): EvalSet[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      name: d.name,
      corpus: join(root, d.name, 'articles.txt'),
      gold: join(root, d.name, 'gold.json'),
    }))
    .filter((s) => existsSync(s.corpus) && existsSync(s.gold))
    .sort((a, b) => naturalOrder(a.name, b.name));
}

/**
 * The sets <root>/blind.json keeps out of default runs (a JSON list of set names; none without the
 * file): their first score is the estimate, so nobody should see it by accident before the lead
 * records it.
 */
export function readBlindList(root: string): string[] {
  const file = join(root, 'blind.json');
  if (!existsSync(file)) return [];
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw new Error(`${file}: expected a JSON list of set names, e.g. ["heldout18"]`);
  }
  return value;
}

/** "entities_f1=0.9,statements_f1=0.85" → { entities_f1: 0.9, statements_f1: 0.85 }. */
export function parseThresholds(spec: string): Scores {
  const out: Scores = {};
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z_0-9]+)=([0-9]*\.?[0-9]+)$/i.exec(part);
    if (!match?.[1] || !match[2]) {
      throw new Error(`--min: expected metric=value, got '${part}'`);
    }
    out[match[1]] = Number(match[2]);
  }
  return out;
}

const USAGE =
  'usage: eval-heldout [--min metric=value,...] [--only set,...] [--skip set,...] [--root DIR] [--verbose]';

export function parseArgs(argv: readonly string[]): HeldoutOptions {
  const options: HeldoutOptions = { root: 'eval', only: null, skip: [], verbose: false, min: {} };
  const list = (v: string): string[] =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.includes('=') && arg.startsWith('--')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--verbose') options.verbose = true;
    else if (flag === '--min') Object.assign(options.min, parseThresholds(value()));
    else if (flag === '--only') options.only = list(value());
    else if (flag === '--skip') options.skip.push(...list(value()));
    else if (flag === '--root') options.root = value();
    else throw new Error(`unknown argument '${arg}'\n${USAGE}`);
  }
  return options;
}

/**
 * Keep the sets --only names, minus those --skip names. Without --only, blind sets are left out too:
 * they are scored only when named. Naming a set that does not exist, on the command line or in
 * blind.json, is an error (a typo would otherwise silently score, or skip, the wrong sets).
 */
export function selectSets(
  sets: EvalSet[],
  only: string[] | null,
  skip: string[] = [],
  blind: string[] = [],
): EvalSet[] {
  const known = new Set(sets.map((s) => s.name));
  const named = [
    ['--only', only ?? []],
    ['--skip', skip],
    ['blind.json', blind],
  ] as const;
  for (const [source, names] of named) {
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length) throw new Error(`${source}: no set named ${unknown.join(', ')}`);
  }
  const wanted = (name: string): boolean => (only ? only.includes(name) : !blind.includes(name));
  return sets.filter((s) => wanted(s.name) && !skip.includes(s.name));
}

/** The mean of each metric over the sets that report it. */
export function meanScores(all: readonly Scores[]): Scores {
  const sums = new Map<string, { total: number; count: number }>();
  for (const scores of all) {
    for (const [name, value] of Object.entries(scores)) {
      const s = sums.get(name) ?? { total: 0, count: 0 };
      s.total += value;
      s.count += 1;
      sums.set(name, s);
    }
  }
  return Object.fromEntries([...sums].map(([name, s]) => [name, s.total / s.count]));
}

/** One message per threshold the mean does not reach (or a metric the scorer never printed). */
export function belowThresholds(mean: Scores, min: Scores): string[] {
  const out: string[] = [];
  for (const [name, floor] of Object.entries(min)) {
    const value = mean[name];
    if (value === undefined) out.push(`${name}: not reported by the scorer`);
    else if (value < floor) out.push(`${name}: mean ${value.toFixed(2)} < ${floor}`);
  }
  return out;
}

export function formatScores(scores: Scores): string {
  return Object.entries(scores)
    .map(([name, value]) => `${name}=${value.toFixed(2)}`)
    .join(' ');
}
