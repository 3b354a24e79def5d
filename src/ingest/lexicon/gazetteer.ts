/**
 * The lexicons compiled into token matchers, once per process. One phrase has one meaning here; a
 * phrase listed twice keeps the meaning of the higher-priority table (a country's name over an
 * organisation's alias over a region over a capital over a demonym). Context decides the rest
 * (a capital is its country in "Moscow said" and a place in "in Moscow"): see entities/evidence.ts.
 */
import { PhraseMatcher } from '../text/phrases.js';
import { COUNTRIES, COUNTRY_BY_ID } from './countries.js';
import { CUES, type CueEntry } from './cues.js';
import { NOT_EVENTS, TRIGGER_SENSES, type TriggerSense } from './events.js';
import { INSTITUTION_HEADS, KNOWN_ORGANIZATIONS, type OrgInfo } from './organizations.js';
import { FACILITY_NOUNS, REGION_LAND_NOUNS, REGIONS_BY_COUNTRY, WORLD_REGIONS } from './places.js';
import { ROLE_NOUNS, type RoleNoun } from './roles.js';

export type GazetteerEntry =
  | { type: 'country'; countryId: string }
  | { type: 'organization'; org: OrgInfo }
  | { type: 'region'; name: string; countryId: string | null }
  | { type: 'capital'; countryId: string; name: string; seatOf?: OrgInfo }
  | { type: 'demonym'; countryId: string };

/** Names as written (case-sensitive), "the" included where a name takes it. */
export const NAMES = new PhraseMatcher<GazetteerEntry>(true);

const seats = new Map(KNOWN_ORGANIZATIONS.flatMap((o) => (o.seat ? [[o.seat, o] as const] : [])));
// Lowest priority first: later tables overwrite ("keep last").
for (const c of COUNTRIES) {
  for (const d of c.demonyms) NAMES.add(d, { type: 'demonym', countryId: c.id }, 'last');
}
for (const c of COUNTRIES) {
  for (const cap of c.capitals) {
    const seatOf = seats.get(cap);
    NAMES.add(cap, { type: 'capital', countryId: c.id, name: cap, ...(seatOf ? { seatOf } : {}) }, 'last');
  }
}
for (const name of WORLD_REGIONS) NAMES.add(name, { type: 'region', name, countryId: null }, 'last');
for (const [countryId, list] of Object.entries(REGIONS_BY_COUNTRY)) {
  for (const raw of list.split('|')) {
    const name = raw.trim();
    if (name) NAMES.add(name, { type: 'region', name: name.replace(/ state$/i, ''), countryId }, 'last');
  }
}
// "the Crimean peninsula", "the Siberian coast": a region's adjective before a land noun is the region.
for (const [countryId, list] of Object.entries(REGIONS_BY_COUNTRY)) {
  for (const raw of list.split('|')) {
    const name = raw.trim();
    if (!/^\p{Lu}\p{Ll}+a$/u.test(name)) continue;
    for (const noun of REGION_LAND_NOUNS) {
      for (const form of [`${name}n ${noun}`, `${name}n ${noun.charAt(0).toUpperCase()}${noun.slice(1)}`]) {
        NAMES.add(form, { type: 'region', name, countryId }, 'last');
      }
    }
  }
}
for (const org of KNOWN_ORGANIZATIONS) {
  for (const form of [org.name, ...org.aliases]) {
    NAMES.add(form, { type: 'organization', org }, 'last');
    // "C.I.A." is "CIA".
    if (/^[A-Z]{2,5}$/.test(form))
      NAMES.add(form.split('').join('.') + '.', { type: 'organization', org }, 'last');
  }
}
for (const c of COUNTRIES) {
  for (const n of c.names) NAMES.add(n, { type: 'country', countryId: c.id }, 'last');
}

export const countryName = (id: string) => COUNTRY_BY_ID.get(id)?.name ?? id;

/** Role nouns and titles, in lower case ("secretary of state", "sen."). */
export const ROLES = new PhraseMatcher<RoleNoun>(false);
for (const role of ROLE_NOUNS) for (const form of role.forms) ROLES.add(form, role);

/** Facility nouns after a name, in lower case ("oil terminal"), with their kind. */
export const FACILITIES = new PhraseMatcher<string>(false);
for (const [form, kind] of Object.entries(FACILITY_NOUNS)) FACILITIES.add(form, kind);

/** Cue forms, in lower case ("said", "pointed out"). */
export const CUE_FORMS = new PhraseMatcher<CueEntry>(false);
for (const cue of CUES) for (const form of cue.forms) CUE_FORMS.add(form, cue);

/** Institutions a country owns, in lower case ("defense ministry", "air force"). */
export const INSTITUTIONS = new PhraseMatcher<string>(false);
for (const head of INSTITUTION_HEADS) INSTITUTIONS.add(head, head);

/**
 * Event triggers, in lower case ("air strike", "walked out"): every sense of a form, or none for a
 * phrase that reports no event ("trade war").
 */
export const EVENT_TRIGGERS = new PhraseMatcher<readonly TriggerSense[]>(false);
/** The first words of trigger forms, in lower case: a sentence without one reports no event. */
export const TRIGGER_FIRST_WORDS = new Set(
  TRIGGER_SENSES.map(([form]) => form.split(' ')[0]!.replace(/'s$/, '')),
);
{
  const senses = new Map<string, TriggerSense[]>();
  for (const [form, sense] of TRIGGER_SENSES) senses.set(form, [...(senses.get(form) ?? []), sense]);
  for (const [form, list] of senses) EVENT_TRIGGERS.add(form, list);
  for (const phrase of NOT_EVENTS) EVENT_TRIGGERS.add(phrase, [], 'last');
}
