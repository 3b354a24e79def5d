/**
 * Datelines: "GDANSK, June 2, 2031 -", "TARTU, Estonia (AP) —", "Lyon, 12 May 2030 —" at the
 * start of an article's first paragraph name where (and when) it was filed. They are not part of
 * what anyone said, so they are cut off and kept apart. Pure.
 *
 * Shape: PLACE [, REGION]{0,2} [, DATE] [(AGENCY)] DASH. A place in capitals ("WASHINGTON —") is
 * enough; a place in title case must come with a date or an agency, so that a first sentence like
 * "Paris, Texas — a town of…" or "Paris, the capital, …" keeps its words.
 */
import type { Dateline } from '../../domain/document.js';
import { MONTH, parseDate, WEEKDAY, WEEKDAYS } from '../dates.js';

/** Lower-case words inside place names: "Rio de Janeiro", "Stratford-upon-Avon". */
const PARTICLES = [
  'de',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'les',
  'el',
  'al',
  'am',
  'an',
  'upon',
  'on',
  'of',
];
/** Capitalised lead-ins that are not places. */
const NOT_PLACES = new Set([
  'BREAKING',
  'UPDATE',
  'UPDATED',
  'EXCLUSIVE',
  'WATCH',
  'LIVE',
  'OPINION',
  'ANALYSIS',
  'EDITOR',
]);

const CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.\\-]*";
const TITLE_WORD = "\\p{Lu}[\\p{Ll}'’.\\-]*(?:\\p{Lu}\\p{Ll}+)?";
const CAPS_PLACE = `${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}`;
const TITLE_PLACE = `${TITLE_WORD}(?:\\s+(?:(?:${PARTICLES.join('|')})\\s+)?${TITLE_WORD}){0,3}`;
/** "N.Y.", "Calif.", "D.C.". */
const ABBREVIATION = '(?:\\p{Lu}\\.){1,3}|\\p{Lu}\\p{Ll}{1,4}\\.';
const REGION = `(?:${ABBREVIATION}|${TITLE_PLACE}|${CAPS_PLACE})`;
const DATE = [
  WEEKDAY,
  `${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?`,
  `\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?`,
  '\\d{4}-\\d{2}-\\d{2}',
]
  .map((form) => `(?:${form})`)
  .join('|');
const AGENCY = "\\((?<agency>\\p{Lu}[\\p{L}.&'’ -]{0,38})\\)";
/** A spaced hyphen or double hyphen, or an en or em dash (or a horizontal bar) with or without spaces. */
const DASH = '(?:\\s+-{1,2}\\s+|\\s*[–—―]\\s*)';

const DATELINE = new RegExp(
  `^(?<place>${CAPS_PLACE}|${TITLE_PLACE})` +
    `(?<regions>(?:,\\s+${REGION}){0,2}?)` +
    `(?:,\\s+(?<date>${DATE}))?` +
    `(?:,?\\s*${AGENCY})?` +
    `${DASH}(?=\\S)`,
  'u',
);
/**
 * A dateline that is a paragraph of its own, as wire archives keep it: "OSLO 2031-05-02",
 * "Tartu, Estonia, March 4". A date is required: a place alone could be a heading.
 */
const STANDALONE = new RegExp(
  `^(?<place>${CAPS_PLACE}|${TITLE_PLACE})` +
    `(?<regions>(?:,\\s+${REGION}){0,2}?)` +
    `,?\\s+(?<date>${DATE})` +
    `(?:,?\\s*${AGENCY})?\\s*$`,
  'u',
);
/** No place, as wires write it when the place is not the story's: "(Reuters) -", "Dec 29 (Reuters) -". */
const AGENCY_ONLY = new RegExp(`^(?:(?<date>${DATE})\\s*)?${AGENCY}${DASH}(?=\\S)`, 'u');
/** "On Monday, March 4 — …" is a sentence, not a dateline. */
const WEEKDAY_NAMES = new Set<string>(WEEKDAYS);

const isCapitals = (text: string) => !/\p{Ll}/u.test(text);

export interface DatelineCut {
  /** The paragraph without its dateline. */
  rest: string;
  /** Null for a lead-in without a place ("(Reuters) —"), which is cut all the same. */
  dateline: Dateline | null;
  /** The dateline's date (ISO), with or without a place. */
  date?: string;
}

const fullDate = (date: string | undefined, year: number | undefined) =>
  date ? (parseDate(date) ?? (year ? parseDate(`${date} ${year}`) : null)) : null;

/**
 * Cut the dateline off a first paragraph. `year` completes a date written without one ("Jan. 3")
 * when the article's own date is known. Null when the paragraph does not start with a dateline.
 */
export function cutDateline(paragraph: string, year?: number): DatelineCut | null {
  const agencyOnly = AGENCY_ONLY.exec(paragraph);
  if (agencyOnly) {
    const date = fullDate(agencyOnly.groups?.date, year);
    return { rest: paragraph.slice(agencyOnly[0].length), dateline: null, ...(date ? { date } : {}) };
  }
  const standalone = STANDALONE.exec(paragraph);
  const m = standalone ?? DATELINE.exec(paragraph);
  if (!m?.groups) return null;
  const { place, regions = '', date, agency } = m.groups;
  const placeWords = place!.split(/\s+/);
  if (placeWords.some((w) => NOT_PLACES.has(w) || WEEKDAY_NAMES.has(w))) return null;
  if (!isCapitals(place!) && !date && !agency) return null;
  const rest = paragraph.slice(m[0].length);
  if (!standalone && !/\p{L}|\d/u.test(rest)) return null;
  const dateline: Dateline = { place: `${place}${regions}` };
  const iso = fullDate(date, year);
  if (iso) dateline.date = iso;
  if (agency) dateline.agency = agency.trim();
  return { rest, dateline, ...(iso ? { date: iso } : {}) };
}
