/** Dates as news text and metadata write them, to ISO (YYYY-MM-DD). Pure. */
import { DATE_STAMP_WORDS, MONTH_NAMES, TIME_ZONES, WEEKDAY_NAMES } from './lexicon/words.js';

/** Month numbers by the first three letters of the name ("sept" too). */
const MONTHS: Record<string, number> = Object.fromEntries([
  ...MONTH_NAMES.map((m, i) => [m.slice(0, 3).toLowerCase(), i + 1] as const),
  ['sept', 9] as const,
]);
export const WEEKDAYS = WEEKDAY_NAMES;

/** A month name as written: "March", "Mar.", "Sept.". One capture group: the name without the dot. */
export const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A weekday as written: "Tuesday", "Tue.", "Tues.". */
const WEEKDAY_FORMS = [...WEEKDAYS, ...WEEKDAYS.map((d) => d.slice(0, 3)), 'Tues', 'Thur', 'Thurs'];
export const WEEKDAY = `(?:${WEEKDAY_FORMS.join('|')})\\.?`;
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

const iso = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31
    ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    : null;
const month = (name: string) =>
  MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;

/** The earliest-written full date in one string, or null. */
export function parseDate(text: string): string | null {
  const candidates: { at: number; value: string | null }[] = [];
  const a = MONTH_FIRST.exec(text);
  if (a) candidates.push({ at: a.index, value: iso(Number(a[3]), month(a[1]!), Number(a[2])) });
  const b = DAY_FIRST.exec(text);
  if (b) candidates.push({ at: b.index, value: iso(Number(b[3]), month(b[2]!), Number(b[1])) });
  const c = ISO.exec(text);
  if (c) candidates.push({ at: c.index, value: iso(Number(c[1]), Number(c[2]), Number(c[3])) });
  return candidates.sort((x, y) => x.at - y.at).find((x) => x.value)?.value ?? null;
}

/** The first date found in a list of texts (captions name the date a photo was taken). */
export function findDate(texts: string[]): string | null {
  for (const text of texts) {
    const date = parseDate(text);
    if (date) return date;
  }
  return null;
}

const DATE_FORMS = [MONTH_FIRST, DAY_FIRST, ISO].map((re) => new RegExp(re.source, 'gi'));
const WEEKDAY_WORD = new RegExp(`^${WEEKDAY}$`, 'i');

/**
 * The date of a line that is only a publication stamp ("Friday, June 7, 2031", "May 2, 2031, 1:12
 * PM", "Updated: 2031-05-02 10:30 EDT"): readers take such a line above the body for a
 * subheading, yet it is the article's date. Null for a line that says anything else.
 */
export function dateStampDate(line: string): string | null {
  const date = parseDate(line);
  if (!date) return null;
  const rest = DATE_FORMS.reduce((text, re) => text.replace(re, ' '), line)
    .replace(/\b\d{1,2}(?::\d{2}){1,2}\b/g, ' ')
    .split(/[\s,:|\u2013\u2014-]+/)
    .filter(Boolean)
    .filter(
      (word) =>
        !WEEKDAY_WORD.test(word) &&
        !TIME_ZONES.has(word.toUpperCase()) &&
        !DATE_STAMP_WORDS.has(word.toLowerCase()),
    );
  return rest.length === 0 ? date : null;
}

/** Epoch values below this are seconds, above it milliseconds (1e11 s is the year 5138). */
const EPOCH_MS_FROM = 1e11;

/**
 * A metadata date ("2026-03-04T09:30:00+02:00", "Wed, 04 Mar 2026 10:00:00 GMT", "March 4, 2026",
 * an epoch number) to ISO. The date is taken as written, in the publisher's own time zone, not
 * moved to UTC. Null when the value is not a date.
 */
export function isoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(value < EPOCH_MS_FROM ? value * 1000 : value);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d{9,13}$/.test(text)) return isoDate(Number(text));
  const written =
    /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (written) return iso(Number(written[1]), Number(written[2]), Number(written[3]));
  return parseDate(text);
}
