/**
 * When an event happened, from the words of its sentence, resolved against the article's date:
 * "on Tuesday", "early Tuesday", "Tuesday's bombardment", "yesterday", "last week", "this month",
 * "Jan. 13", "13 January 2026", "in February 2022", "the 2021 coup". A date is a span of days, so
 * that "last week" and "Tuesday" can be told apart. Expressions that date something else are
 * skipped: "since 2014" (an anchor, not the event) and the date of a statement ("said on Monday").
 * Pure.
 */
import { CUE_FORMS } from '../lexicon/gazetteer.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';

export type Precision = 'day' | 'week' | 'month' | 'year';

export interface DateSpan {
  /** Days since 1970-01-01, first and last day of the span. */
  from: number;
  to: number;
  precision: Precision;
  /** Token range of the expression. */
  start: number;
  end: number;
  /** After "since", "until", "by"…: a limit, which dates only an event noun right after it. */
  anchor?: boolean;
}

const DAY_MS = 86_400_000;
const toDay = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const parts = (day: number) => {
  const d = new Date(day * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), dow: (d.getUTCDay() + 6) % 7 };
};

export function dayOf(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? toDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The span as ISO text: YYYY-MM-DD, YYYY-MM or YYYY; a week gives its first day and `end`. */
export function isoOf(span: Pick<DateSpan, 'from' | 'to' | 'precision'>): { date: string; end?: string } {
  const a = parts(span.from);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = (p: ReturnType<typeof parts>) => `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  if (span.precision === 'year') return { date: String(a.y) };
  if (span.precision === 'month') return { date: `${a.y}-${pad(a.m)}` };
  if (span.precision === 'week') return { date: day(a), end: day(parts(span.to)) };
  return { date: day(a) };
}

/** Days between two spans (0 when they overlap). */
export function gap(a: Pick<DateSpan, 'from' | 'to'>, b: Pick<DateSpan, 'from' | 'to'>): number {
  return Math.max(0, a.from - b.to, b.from - a.to);
}

const MONTH_BY_KEY = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
  MONTH_BY_KEY.set(name.toLowerCase(), i + 1);
  MONTH_BY_KEY.set(name.slice(0, 3).toLowerCase(), i + 1);
  MONTH_BY_KEY.set(`${name.slice(0, 3).toLowerCase()}.`, i + 1);
});
MONTH_BY_KEY.set('sept', 9).set('sept.', 9);
// "May" and "March" are months only when capitalised, which tokens keep.
const monthOf = (t: Token | undefined) => (t && t.cap ? MONTH_BY_KEY.get(t.lower) : undefined);

const WEEKDAY_BY_KEY = new Map<string, number>(WEEKDAY_NAMES.map((d, i) => [d.toLowerCase(), i]));
const weekdayOf = (t: Token | undefined) => (t && t.cap ? WEEKDAY_BY_KEY.get(t.lower) : undefined);

const dayNumber = (t: Token | undefined) => {
  if (!t || t.kind !== 'number') return null;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t.text);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 31 ? n : null;
};
const yearNumber = (t: Token | undefined) => {
  if (!t || t.kind !== 'number' || !/^\d{4}s?$/.test(t.text) || t.text.endsWith('s')) return null;
  const n = Number(t.text);
  return n >= 1900 && n <= 2100 ? n : null;
};

/** Words before an expression that make it an anchor or a limit rather than the event's date. */
const NOT_EVENT_DATE_BEFORE = new Set([
  'since',
  'until',
  'till',
  'by',
  'from',
  'through',
  'before',
  'after',
  'than',
]);

/**
 * Every date expression in tokens [from, to), resolved against the publication day (null when the
 * article has no date: then only expressions with a year resolve).
 */
export function findDates(
  tokens: readonly Token[],
  from: number,
  to: number,
  published: number | null,
): DateSpan[] {
  const out: DateSpan[] = [];
  const pub = published === null ? null : parts(published);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    let span: Omit<DateSpan, 'start' | 'end'> | null = null;
    let end = i + 1;
    const weekday = weekdayOf(t);
    const month = monthOf(t);
    if (weekday !== undefined && published !== null) {
      // News dates a weekday within the days before publication (or the day after, for a late edition).
      const back = (pub!.dow - weekday + 7) % 7;
      const day = back <= 5 ? published - back : published + 1;
      const last = tokens[i - 1]?.lower === 'last' ? 7 : 0;
      span = { from: day - (back === 0 ? last : 0), to: day - (back === 0 ? last : 0), precision: 'day' };
    } else if (month !== undefined) {
      const d1 = dayNumber(next);
      if (d1 !== null && i + 1 < to) {
        // "Jan. 13", "January 13, 2026".
        end = i + 2;
        let year = tokens[end]?.text === ',' ? yearNumber(tokens[end + 1]) : yearNumber(tokens[end]);
        if (year !== null) end = tokens[end]?.text === ',' ? end + 2 : end + 1;
        year ??= pub ? pastYear(pub, month, d1) : null;
        if (year !== null)
          span = { from: toDay(year, month, d1), to: toDay(year, month, d1), precision: 'day' };
      } else {
        // "in February 2022", "the March fire".
        let year = yearNumber(next);
        if (year !== null) end = i + 2;
        year ??= pub ? (month <= pub.m ? pub.y : pub.y - 1) : null;
        if (year !== null)
          span = { from: toDay(year, month, 1), to: toDay(year, month + 1, 1) - 1, precision: 'month' };
      }
    } else if (dayNumber(t) !== null && monthOf(next) !== undefined) {
      // "13 January 2026", "03 January".
      const d1 = dayNumber(t)!;
      const m1 = monthOf(next)!;
      end = i + 2;
      let year = yearNumber(tokens[end]);
      if (year !== null) end++;
      year ??= pub ? pastYear(pub, m1, d1) : null;
      if (year !== null) span = { from: toDay(year, m1, d1), to: toDay(year, m1, d1), precision: 'day' };
    } else if (
      yearNumber(t) !== null &&
      !['.', ','].includes(tokens[i - 1]?.text ?? '') &&
      tokens[i + 1]?.text !== '%'
    ) {
      const y = yearNumber(t)!;
      span = { from: toDay(y, 1, 1), to: toDay(y + 1, 1, 1) - 1, precision: 'year' };
    } else if (published !== null) {
      span = relative(tokens, i, published, pub!);
      if (span) end = i + (t.lower === 'yesterday' || t.lower === 'today' || t.lower === 'tonight' ? 1 : 2);
    }
    if (!span) continue;
    const before = tokens[i - 1]?.lower ?? '';
    const before2 = tokens[i - 2]?.lower ?? '';
    // "since 2014" anchors, it dates nothing; "since the 2021 coup" still dates the coup.
    const anchor =
      NOT_EVENT_DATE_BEFORE.has(before) ||
      (NOT_EVENT_DATE_BEFORE.has(before2) && /^(?:the|early|late|mid)$/.test(before));
    out.push({ ...span, start: i, end, ...(anchor ? { anchor } : {}) });
    i = end - 1;
  }
  return out;
}

function pastYear(pub: ReturnType<typeof parts>, month: number, day: number): number {
  // A date without a year is the latest one not more than a week after publication.
  return toDay(pub.y, month, day) - toDay(pub.y, pub.m, pub.d) > 7 ? pub.y - 1 : pub.y;
}

function relative(
  tokens: readonly Token[],
  i: number,
  published: number,
  pub: ReturnType<typeof parts>,
): Omit<DateSpan, 'start' | 'end'> | null {
  const w = tokens[i]!.lower;
  const next = tokens[i + 1]?.lower;
  const monday = published - pub.dow;
  if (w === 'yesterday') return { from: published - 1, to: published - 1, precision: 'day' };
  if (w === 'today' || w === 'tonight') return { from: published, to: published, precision: 'day' };
  if (w === 'last' && next === 'night') return { from: published - 1, to: published, precision: 'day' };
  if ((w === 'last' || w === 'this') && next === 'week') {
    const start = w === 'last' ? monday - 7 : monday;
    return { from: start, to: start + 6, precision: 'week' };
  }
  if ((w === 'last' || w === 'this') && next === 'month') {
    const m = w === 'last' ? (pub.m === 1 ? 12 : pub.m - 1) : pub.m;
    const y = w === 'last' && pub.m === 1 ? pub.y - 1 : pub.y;
    return { from: toDay(y, m, 1), to: toDay(y, m + 1, 1) - 1, precision: 'month' };
  }
  if ((w === 'last' || w === 'this') && next === 'year') {
    const y = w === 'last' ? pub.y - 1 : pub.y;
    return { from: toDay(y, 1, 1), to: toDay(y + 1, 1, 1) - 1, precision: 'year' };
  }
  return null;
}

/**
 * The date of the event a trigger at [start, end) reports: the expression nearest to it, unless
 * that expression dates a statement ("X said on Monday", "on Sunday a group said") rather than the
 * event. Null when the sentence gives none.
 */
export function eventDate(
  tokens: readonly Token[],
  spans: readonly DateSpan[],
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
): DateSpan | null {
  let best: DateSpan | null = null;
  let bestDistance = Infinity;
  for (const s of spans) {
    if (s.anchor && s.end !== start) continue;
    // "would meet again in July": when something is to happen dates no report.
    if (afterModal(tokens, s.start, sentenceStart)) continue;
    const distance = s.end <= start ? start - s.end : s.start >= end ? s.start - end : 0;
    const cue = nearestCue(tokens, s, sentenceStart, sentenceEnd);
    if (cue !== null && cue < distance) continue;
    if (distance < bestDistance) {
      best = s;
      bestDistance = distance;
    }
  }
  return best;
}

const MODALS = new Set(['will', 'would', 'shall', 'could', 'might', 'may']);

/** A modal in the four words before token `at`. */
function afterModal(tokens: readonly Token[], at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 4); k--) if (MODALS.has(tokens[k]!.text)) return true;
  return false;
}

/** Token distance from a date expression to a cue verb right around it, or null. */
function nearestCue(tokens: readonly Token[], s: DateSpan, from: number, to: number): number | null {
  for (let k = s.end; k < Math.min(s.end + 5, to); k++)
    if (CUE_FORMS.matchAt(tokens, k, to)) return k - s.end;
  for (let k = s.start - 1; k >= Math.max(from, s.start - 4); k--) {
    const m = CUE_FORMS.matchAt(tokens, k, to);
    if (m && m.end <= s.start) return s.start - m.end;
  }
  return null;
}
