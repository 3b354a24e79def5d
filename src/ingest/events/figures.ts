/**
 * Figures a sentence states: people killed, injured, arrested, displaced, evacuated or missing
 * ("killing four people", "at least 27 people were killed", "the death toll rose to 31"), and sums
 * of money ("$80 million", "1.2 billion euros"). Only exact numbers count: "hundreds" is no figure.
 * Pure.
 */
import type { FigureDoc, FigureKind } from '../../domain/document.js';
import { COUNTED_NOUNS, CURRENCY_WORDS, FIGURE_WORDS, MAGNITUDES } from '../lexicon/events.js';
import { NUMBER_WORDS } from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';

const QUALIFIERS = new Set(
  'at least more than nearly about some around almost over up to an estimated roughly approximately another'.split(
    ' ',
  ),
);
const VAGUE = new Set(['hundreds', 'thousands', 'dozens', 'dozen', 'hundred', 'thousand', 'scores']);
const BE = new Set([
  'were',
  'was',
  'have',
  'has',
  'had',
  'been',
  'are',
  'is',
  'being',
  'who',
  'that',
  'reportedly',
  'also',
  'later',
  'since',
]);

/** What links a toll to its number: "the toll rose to 31", "a toll of 12", "the toll stands at 9". */
const TOLL_VERBS = new Set(
  'rose risen climbed reached stood stands of at jumped increased hit rises climbs reaches'.split(' '),
);

interface Quantity {
  value: number;
  start: number;
  end: number;
}

/** An exact number at token i: "27", "1,200", "four", "two dozen", "1.2 million". */
function quantityAt(tokens: readonly Token[], i: number, to: number): Quantity | null {
  const t = tokens[i];
  if (!t) return null;
  let value: number;
  if (t.kind === 'number') {
    if (!/^\d[\d,]*(?:\.\d+)?$/.test(t.text)) return null;
    value = Number(t.text.replace(/,/g, ''));
  } else if (t.kind === 'word' && NUMBER_WORDS[t.lower] !== undefined && !VAGUE.has(t.lower)) {
    value = NUMBER_WORDS[t.lower]!;
  } else return null;
  let end = i + 1;
  const next = tokens[end];
  if (next && end < to && next.lower === 'dozen') {
    value *= 12;
    end++;
  } else if (next && end < to && MAGNITUDES[next.lower]) {
    value *= MAGNITUDES[next.lower]!;
    end++;
  }
  return { value, start: i, end };
}

/** Figures stated in tokens [from, to). */
/** Tokens [a, b) as written, single-spaced. */
function textOf(tokens: readonly Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++)
    s += (k > a && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return s;
}

/** Where "at least", "more than" before a number start. */
function qualifierStart(tokens: readonly Token[], from: number, i: number): number {
  let k = i;
  while (k - 1 >= from && QUALIFIERS.has(tokens[k - 1]!.lower)) k--;
  return k;
}

export function findFigures(tokens: readonly Token[], from: number, to: number): FigureDoc[] {
  const out: FigureDoc[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // Money: "$80 million", "€ 20 million", "1.2 billion euros".
    if (CURRENCY_WORDS.has(t.text) && t.kind === 'punct') {
      const q = quantityAt(tokens, i + 1, to);
      if (q) {
        out.push({ kind: 'amount', value: q.value, text: textOf(tokens, i, q.end) });
        i = q.end - 1;
        continue;
      }
    }
    const q = quantityAt(tokens, i, to);
    if (q) {
      if (CURRENCY_WORDS.has(tokens[q.end]?.lower ?? '') && q.value >= 1000) {
        out.push({ kind: 'amount', value: q.value, text: textOf(tokens, i, q.end + 1) });
        i = q.end;
        continue;
      }
      // "27 people were killed", "45 workers", "six people wounded", "31 dead".
      let k = q.end;
      let counted = false;
      for (; k < Math.min(q.end + 5, to); k++) {
        const w = tokens[k]!;
        if (COUNTED_NOUNS.has(w.lower)) counted = true;
        else if (!(BE.has(w.lower) || (w.kind === 'word' && !w.cap && !FIGURE_WORDS[w.lower] && k === q.end)))
          break;
      }
      const kind: FigureKind | undefined = FIGURE_WORDS[tokens[k]?.lower ?? ''];
      if (kind && kind !== 'missing' && (counted || k === q.end) && !/^\d{4}$/.test(t.text)) {
        out.push({ kind, value: q.value, text: textOf(tokens, qualifierStart(tokens, from, i), k) });
      }
      continue;
    }
    // "killing four people", "killed at least 27", "the death toll rose to 31".
    const kind = FIGURE_WORDS[t.lower];
    if (kind && /(?:ed|ing)$/.test(t.lower)) {
      let k = i + 1;
      while (k < to && QUALIFIERS.has(tokens[k]!.lower)) k++;
      const n = quantityAt(tokens, k, to);
      if (n && COUNTED_NOUNS.has(tokens[n.end]?.lower ?? '') && !/^\d{4}$/.test(tokens[k]!.text)) {
        out.push({ kind, value: n.value, text: textOf(tokens, i + 1, n.end + 1) });
        i = n.end;
      }
    } else if (t.lower === 'toll') {
      // "the death toll rose to 31", "a toll of 12", "the toll from Monday's quake reached 73".
      for (let k = i + 1; k < Math.min(i + 12, to); k++) {
        const w = tokens[k]!;
        if (w.text === '.' || w.text === ';') break;
        if (!TOLL_VERBS.has(w.lower)) continue;
        let j = k + 1;
        while (j < to && (QUALIFIERS.has(tokens[j]!.lower) || tokens[j]!.lower === 'to')) j++;
        const n = quantityAt(tokens, j, to);
        if (n && !/^\d{4}$/.test(tokens[j]!.text)) {
          out.push({
            kind: 'killed',
            value: n.value,
            text: textOf(tokens, qualifierStart(tokens, i, j), n.end),
          });
          i = n.end - 1;
        }
        break;
      }
    }
  }
  return out;
}

/** One figure per kind across reports: the highest stated (a toll that rose, a later count). */
export function mergeFigures(figures: readonly FigureDoc[]): FigureDoc[] {
  const best = new Map<FigureKind, FigureDoc>();
  for (const f of figures) {
    const b = best.get(f.kind);
    if (!b || f.value > b.value) best.set(f.kind, f);
  }
  return [...best.values()];
}
