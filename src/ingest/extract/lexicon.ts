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

/**
 * Country-owned institutions: "Russia's defense ministry", "the Ukrainian air force", "Israeli
 * military", or a bare "the defense ministry" whose owner comes from context. Any "<word> ministry"
 * counts ("Iraq's oil ministry"), after the listed heads.
 */
const OWNER = `(?:${alternation([...COUNTRY_BY_DEMONYM.keys()])})|(?:(?:${alternation([...COUNTRY_BY_NAME.keys(), ...COUNTRY_BY_CAPITAL.keys()])})['’]s)`;
export const INSTITUTION_RE = new RegExp(
  `(?<![\\p{L}])(?:(?<owner>${OWNER})\\s+|(?<bare>[Tt]he)\\s+)(?<head>${alternation(INSTITUTION_HEADS)}|[a-z]+ ministry)(?![\\p{L}])`,
  'giu',
);

/** Titles before names, as a regex anchored at the end of the text before a name. */
export const TITLE_AT_END_RE = new RegExp(`(?<![\\p{L}])(?<title>${alternation(TITLES)})\\s*$`, 'iu');
