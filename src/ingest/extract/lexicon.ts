/**
 * The gazetteers compiled into matchers, once per process: surface form → what it denotes.
 */
import { COUNTRIES } from '../gazetteer/countries.js';
import { INSTITUTION_HEADS, KNOWN_ORGANIZATIONS, type OrgInfo } from '../gazetteer/organizations.js';
import { TITLES } from '../gazetteer/titles.js';
import { escapeRegex } from './text.js';

const alternation = (forms: Iterable<string>) =>
  [...new Set(forms)].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');

/** Surface → country id, for names, capitals and demonyms separately (they mean different things). */
export const COUNTRY_BY_NAME = new Map<string, string>();
export const COUNTRY_BY_CAPITAL = new Map<string, string>();
export const COUNTRY_BY_DEMONYM = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const n of c.names) if (!COUNTRY_BY_NAME.has(n)) COUNTRY_BY_NAME.set(n, c.id);
  for (const cap of c.capitals) if (!COUNTRY_BY_CAPITAL.has(cap)) COUNTRY_BY_CAPITAL.set(cap, c.id);
  for (const d of c.demonyms) if (!COUNTRY_BY_DEMONYM.has(d)) COUNTRY_BY_DEMONYM.set(d, c.id);
}

// Bounded by non-letters on both sides (\b fails next to "." in "U.S.").
const bounded = (body: string, flags = 'g') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, `${flags}u`);

export const COUNTRY_NAME_RE = bounded(alternation(COUNTRY_BY_NAME.keys()));
export const CAPITAL_RE = bounded(alternation(COUNTRY_BY_CAPITAL.keys()));
export const DEMONYM_RE = bounded(alternation(COUNTRY_BY_DEMONYM.keys()));

/** Known organisations by every surface form. */
export const ORG_BY_SURFACE = new Map<string, OrgInfo>();
for (const org of KNOWN_ORGANIZATIONS) {
  for (const form of [org.name, ...org.aliases]) ORG_BY_SURFACE.set(form, org);
}
export const ORG_RE = bounded(alternation(ORG_BY_SURFACE.keys()));
/** Capitals that, used as a metonym, stand for an organisation rather than their country. */
export const ORG_BY_SEAT = new Map(KNOWN_ORGANIZATIONS.flatMap((org) => (org.seat ? [[org.seat, org.name] as const] : [])));

/**
 * Country-owned institutions: "Russia's defense ministry", "the Ukrainian air force", "Israeli
 * military", or a bare "the defense ministry" whose owner comes from context. Any "<word> ministry"
 * counts ("Iraq's oil ministry"), and with an owner any "<words> agency/authority/commission/service"
 * ("Mexico's civil protection agency"), after the listed heads. Heads are matched first and the owner is
 * looked up in the words before them: one regex over every country's names and demonyms, tried
 * at every position, was the slowest step of extraction.
 */
export const INSTITUTION_HEAD_RE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(INSTITUTION_HEADS)}|[a-z]+ ministry|(?:[a-z]+ ){1,2}(?:agency|authority|commission|service))(?![\\p{L}])`,
  'giu',
);

export interface InstitutionOwner {
  /** Country id, or null for a bare "the". */
  countryId: string | null;
  /** Offset in `before` where the owner (or "the") starts. */
  start: number;
}

/** The owner written right before an institution's head, from the text that precedes the head. */
export function institutionOwner(before: string): InstitutionOwner | null {
  if (!/\s$/.test(before)) return null;
  const words = [...before.slice(-80).matchAll(/[\p{L}\p{N}.'’-]+/gu)].slice(-4);
  const offset = Math.max(0, before.length - 80);
  const end = before.trimEnd().length;
  for (let k = words.length; k >= 1; k--) {
    const first = words[words.length - k]!;
    const start = offset + first.index!;
    const phrase = before.slice(start, end);
    if (/\s{2,}|\n/.test(phrase)) continue;
    const base = phrase.replace(/['’]s$/, '');
    const countryId =
      COUNTRY_BY_DEMONYM.get(phrase) ?? (base !== phrase ? (COUNTRY_BY_NAME.get(base) ?? COUNTRY_BY_CAPITAL.get(base)) : undefined);
    if (countryId) return { countryId, start };
  }
  const last = words.at(-1);
  if (last && /^[Tt]he$/.test(last[0])) return { countryId: null, start: offset + last.index! };
  return null;
}

/** Titles before names, as a regex anchored at the end of the text before a name. */
export const TITLE_AT_END_RE = new RegExp(`(?<![\\p{L}])(?<title>${alternation(TITLES)})\\s*$`, 'iu');
