/**
 * The one decision about names: what each name in the corpus is. Every occurrence's evidence is
 * pooled by name (see evidence.ts for the priorities), so a name gets one kind across the corpus;
 * only gazetteer names whose meaning depends on their use (a capital as a government or as a place)
 * are decided per occurrence. Surnames are decided after the full names: "Okafor" is a person
 * because "Tunde Okafor" is. Pure.
 */
import { COUNTRY_BY_ID } from '../lexicon/countries.js';
import {
  INSTITUTION_SYNONYMS,
  KNOWN_ORGANIZATIONS,
  NEWSPAPER_HEADS,
  type OrgInfo,
} from '../lexicon/organizations.js';
import { CITY_FACILITIES } from '../lexicon/places.js';
import type { EntityDoc } from '../../domain/document.js';
import { fold } from '../text/fold.js';
import { givenNameGender } from '../lexicon/given-names.js';
import { AFFILIATION_WORDS, SURNAME_ENDINGS } from '../lexicon/names.js';
import { NEVER_NAMES } from '../lexicon/words.js';
import { decideKind, type EvidenceReason } from './evidence.js';
import type { NameCandidate } from './names.js';
import { PersonIndex, type PersonCluster } from './people.js';

export type Decision =
  | { kind: 'country'; countryId: string; via: 'name' | 'capital' | 'demonym' }
  | {
      kind: 'organization';
      name: string;
      known?: OrgInfo;
      ownerCountry?: string | null;
      institution?: string;
    }
  | { kind: 'person'; name: string }
  | { kind: 'place'; name: string; countryId: string | null; aliases?: string[] };

const KNOWN_BY_NAME = new Map(KNOWN_ORGANIZATIONS.map((o) => [o.name, o]));
const SURNAME_ENDING = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${SURNAME_ENDINGS.join('|')})$`, 'u');
// ("Ministry of Justice": small words stay lower case inside a name.)
const titleCase = (s: string) =>
  s.replace(/(^|[\s-])(\p{Ll}+)/gu, (w, sep: string, word: string) =>
    sep && /^(?:of|and|for|the|on)$/.test(word) ? w : sep + word[0]!.toUpperCase() + word.slice(1),
  );

/** Institutions that are the state itself: "the government said" is the country speaking. */
export const STATE_HEADS = new Set(['government', 'cabinet', 'administration']);

export interface CorpusNames {
  people: PersonIndex;
  /** Per article, per candidate: what it is, or null for no entity. */
  decisions: (Decision | null)[][];
}

/** An entity the graph already holds: new articles' names resolve against it. */
export type KnownEntity = Pick<EntityDoc, 'type' | 'name' | 'aliases'>;

export function classifyNames(
  articles: readonly NameCandidate[][],
  known: readonly KnownEntity[] = [],
): CorpusNames {
  const pooled = new Map<string, Set<EvidenceReason>>();
  const multi = new Map<string, string>();
  const acronyms = new Map<string, string>();
  // What the graph already knows is evidence too: "Okafor said" joins the Tunde Okafor seeded
  // before, "Nordstream said" the Nordstream Media already there.
  const knownKind = new Map<string, EvidenceReason>();
  const knownOrgAlias = new Map<string, string>();
  for (const e of known) {
    const reason: EvidenceReason | null =
      e.type === 'Person'
        ? 'inGraphPerson'
        : e.type === 'Organization'
          ? 'inGraphOrganization'
          : e.type === 'Place'
            ? 'inGraphPlace'
            : null;
    if (!reason) continue;
    for (const n of [e.name, ...e.aliases]) {
      knownKind.set(fold(n), reason);
      if (e.type === 'Organization') knownOrgAlias.set(fold(n), e.name);
    }
  }
  for (const cands of articles) {
    for (const c of cands) {
      if (c.gazetteer || c.institution || c.branch) continue;
      const reasons = pooled.get(c.key) ?? new Set();
      for (const r of c.reasons) reasons.add(r);
      const inGraph = knownKind.get(c.key);
      if (inGraph) reasons.add(inGraph);
      // ("A doctor at X Hospital said": the doctor speaks, not X.)
      if (c.speaks && !c.reasons.has('workplace')) reasons.add('speaksAlone');
      if (c.tokenEnd - c.tokenStart === 1 && SURNAME_ENDING.test(c.text)) reasons.add('surnameEnding');
      pooled.set(c.key, reasons);
      if (c.tokenEnd - c.tokenStart > 1 && !multi.has(c.key))
        multi.set(c.key, c.text.replace(/^the\s+/i, ''));
      if (c.acronym && !acronyms.has(c.acronym)) acronyms.set(c.acronym, c.text.replace(/^the\s+/i, ''));
    }
  }

  // A facility's name is the first spelling of its kind after that name ("the X power station",
  // then "the X plant"); a name seen only before a facility noun is nobody's name.
  const facilities = facilityNames(articles);
  const onlyFacility = new Set(pooled.keys());
  for (const cands of articles) for (const c of cands) if (!c.facility) onlyFacility.delete(c.key);

  // Full names first: they make the people whose surnames resolve later.
  const people = new PersonIndex();
  for (const e of known) if (e.type === 'Person' && e.name.includes(' ')) people.add(e.name);
  const kinds = new Map<string, ReturnType<typeof decideKind>>();
  for (const [key, text] of multi) {
    const reasons = new Set(pooled.get(key));
    // A hospital or an airport that speaks is the institution, not the site.
    if (reasons.has('speaksAlone')) reasons.delete('siteHead');
    reasons.delete('speaksAlone');
    const decided = decideKind(withShape(reasons, text));
    kinds.set(key, decided);
    // ("the Lind campaign": "the" makes no full name of a surname.)
    if (decided?.kind === 'person' && !onlyFacility.has(key) && text.includes(' ')) people.add(text);
  }
  people.finish();

  // Single words: a known surname, an acronym, the first word of an organisation, or by evidence.
  const orgByFirstWord = new Map<string, string | null>();
  for (const e of known) {
    if (e.type !== 'Organization' || !e.name.includes(' ')) continue;
    const first = fold(e.name.split(/\s+/)[0]!);
    const seen = orgByFirstWord.get(first);
    orgByFirstWord.set(first, seen === undefined || seen === e.name ? e.name : null);
  }
  for (const [key, text] of multi) {
    if (kinds.get(key)?.kind !== 'organization') continue;
    const first = fold(text.split(/\s+/)[0]!);
    const seen = orgByFirstWord.get(first);
    orgByFirstWord.set(first, seen === undefined || seen === text ? text : null);
  }
  const aliasOf = new Map<string, string>();
  for (const [key, reasons] of pooled) {
    if (multi.has(key)) continue;
    // A surname of people named in full is a person's, even when several share it: which person
    // each occurrence means is decided per article.
    if (people.shares(key) || people.resolve(key)) reasons.add('knownPerson');
    else if (!reasons.has('speaksAlone')) reasons.delete('speaksAlone');
    const org = orgByFirstWord.get(key);
    // ("Cauca province" stays the place the "Cauca Indigenous Association" is named after.)
    const own = decideKind(reasons);
    const place = own?.kind === 'place' && own.weight >= PLACE_OVER_ORG_NAME;
    if (org && !reasons.has('knownPerson') && !place) {
      aliasOf.set(key, org);
      kinds.set(key, { kind: 'organization', weight: 0 });
      continue;
    }
    kinds.set(key, decideKind(reasons));
  }
  for (const [acronym, expansion] of acronyms) {
    aliasOf.set(fold(acronym), expansion);
    kinds.set(fold(acronym), { kind: 'organization', weight: 0 });
  }

  // A surname alone that only one person can be ("Mr. Dahl" when one Dahl is a man) is that
  // person, and counts as naming them: a bare "Dahl" elsewhere goes to whom the corpus names most.
  const genderFits = (c: NameCandidate) => (p: PersonCluster) =>
    !c.gender || !genderOf(p) || genderOf(p) === c.gender;
  const shownShort = (c: NameCandidate): PersonCluster | null =>
    c.gender && c.tokenEnd - c.tokenStart === 1 && kinds.get(c.key)?.kind === 'person'
      ? people.resolveShort(c.key, undefined, genderFits(c))
      : null;
  for (const cands of articles)
    for (const c of cands) {
      const text = c.text.replace(/^the\s+/i, '');
      const full = text.includes(' ') && kinds.get(c.key)?.kind === 'person';
      const cluster = full ? people.resolveFull(text) : shownShort(c);
      if (cluster) cluster.named++;
    }

  const decisions = articles.map((cands) => {
    // The people this article names in full, or by a surname only one of them fits, and how often:
    // its surnames resolve to them first.
    const local = new Map<PersonCluster, number>();
    for (const c of cands) {
      const cluster = shownShort(c);
      if (cluster) local.set(cluster, (local.get(cluster) ?? 0) + 1);
    }
    for (const c of cands) {
      if (
        c.gazetteer ||
        c.institution ||
        c.tokenEnd - c.tokenStart < 2 ||
        kinds.get(c.key)?.kind !== 'person'
      )
        continue;
      const cluster = people.resolveFull(c.text.replace(/^the\s+/i, ''));
      if (cluster) local.set(cluster, (local.get(cluster) ?? 0) + 1);
    }
    // "the Times" after "The Gravel Times": the one paper of the article with that last word.
    const papers = new Map<string, string | null>();
    for (const c of cands) {
      if (c.tokenEnd - c.tokenStart < 2 || kinds.get(c.key)?.kind !== 'organization') continue;
      const text = c.text.replace(/^the\s+/i, '');
      const last = text.split(/\s+/).at(-1)!;
      if (!NEWSPAPER_HEADS.has(last) || fold(text) === fold(last)) continue;
      const seen = papers.get(fold(last));
      papers.set(fold(last), seen === undefined || seen === text ? text : null);
    }
    // "Southern Cross" after "Southern Cross Nutrition": the first words of the one organisation of
    // the article whose name starts with them.
    const orgsHere = [
      ...new Set(
        cands
          .filter((c) => !c.gazetteer && kinds.get(c.key)?.kind === 'organization')
          .map((c) => c.text.replace(/^the\s+/i, '')),
      ),
    ];
    const shortFormOf = (text: string): string | null => {
      if (!text.includes(' ')) return null;
      const longer = orgsHere.filter((o) => o.length > text.length && o.startsWith(`${text} `));
      return longer.length === 1 ? longer[0]! : null;
    };
    // Several people of the article share a surname (the Trumps): a surname alone is the one named
    // in full most recently before it.
    const lastNamed = new Map<string, PersonCluster>();
    return cands.map((c): Decision | null => {
      const g = c.gazetteer;
      if (g) {
        if (g.type === 'country')
          return { kind: 'country', countryId: g.countryId, via: c.compound ? 'demonym' : 'name' };
        if (g.type === 'demonym') return { kind: 'country', countryId: g.countryId, via: 'demonym' };
        if (g.type === 'organization') return { kind: 'organization', name: g.org.name, known: g.org };
        if (g.type === 'region') return { kind: 'place', name: g.name, countryId: g.countryId };
        if (c.reasons.has('capitalAsPlace')) return { kind: 'place', name: g.name, countryId: g.countryId };
        if (g.seatOf) return { kind: 'organization', name: g.seatOf.name, known: g.seatOf };
        return { kind: 'country', countryId: g.countryId, via: 'capital' };
      }
      if (c.branch) return { kind: 'organization', name: c.branch };
      if (c.institution) {
        const { head, ownerCountry } = c.institution;
        if (STATE_HEADS.has(head) && ownerCountry)
          return { kind: 'country', countryId: ownerCountry, via: 'name' };
        return {
          kind: 'organization',
          name: institutionName(head, ownerCountry ?? null),
          ownerCountry,
          institution: head,
        };
      }
      const paper = c.tokenEnd - c.tokenStart === 1 ? papers.get(c.key) : undefined;
      if (paper) return { kind: 'organization', name: paper };
      const fuller = kinds.get(c.key)?.kind !== 'place' ? shortFormOf(c.text.replace(/^the\s+/i, '')) : null;
      if (fuller) return { kind: 'organization', name: fuller };
      const decided = kinds.get(c.key);
      // "the Kipevu oil terminal" is a place, even one named after a person ("X Y airport"), unless
      // its name is an organisation's ("the Valtrix plant"). Its bare name is an alias where it
      // names no other place.
      const cityItself = decided?.kind === 'place' && CITY_FACILITIES.has(c.facility?.kind ?? '');
      if (c.facility && decided?.kind !== 'organization' && !cityItself) {
        const name = facilities.get(facilityKey(c)) ?? c.facility.text;
        const bare = decided?.kind === 'place' ? [] : [c.text.replace(/^the\s+/i, '')];
        return { kind: 'place', name, countryId: c.countryHint ?? null, aliases: [c.facility.text, ...bare] };
      }
      if (!decided || decided.kind === 'none') return null;
      const text = c.text.replace(/^the\s+/i, '');
      // "Republican", "Western": a word of affiliation or direction is nobody's name alone, unless a
      // title or an honorific makes it a surname ("Mr. West"), or someone named in full has it.
      const titled = c.reasons.has('honorific') || c.reasons.has('titleBefore') || people.hasSurname(text);
      if (noNameAlone(text) && !titled) return null;
      if (decided.kind === 'person') {
        const fits = genderFits(c);
        const full = text.includes(' ');
        const cluster = full
          ? people.resolveFull(text)
          : (people.resolveShort(fold(text), local, fits) ?? lastNamed.get(fold(text)) ?? null);
        if (cluster && full) lastNamed.set(cluster.surname, cluster);
        if (cluster) return { kind: 'person', name: cluster.name };
        // A person the article only names by one word ("Pope Francis", "Kameda") keeps that word,
        // unless someone the article names in full has it (then it is ambiguous, not new).
        return !full && !people.shares(fold(text), local) ? { kind: 'person', name: text } : null;
      }
      if (decided.kind === 'organization') {
        const name = aliasOf.get(c.key) ?? knownOrgAlias.get(c.key) ?? text;
        const known = KNOWN_BY_NAME.get(name);
        return known ? { kind: 'organization', name, known } : { kind: 'organization', name };
      }
      if (decided.kind === 'place') return { kind: 'place', name: text, countryId: c.countryHint ?? null };
      return null;
    });
  });
  return { people, decisions };
}

/** "Republican", "Western": a word of affiliation or direction that names nothing alone. */
export const noNameAlone = (text: string) =>
  !text.includes(' ') && (NEVER_NAMES.has(text) || AFFILIATION_WORDS.has(text));

/** Evidence this strong that a word is a place keeps it from being short for an organisation's name. */
const PLACE_OVER_ORG_NAME = 40;

/** One facility per name and kind of facility. */
export const facilityKey = (c: NameCandidate) => `${c.key}\u0000${c.facility?.kind ?? ''}`;

/** The first spelling of each facility in the corpus. */
function facilityNames(articles: readonly NameCandidate[][]): Map<string, string> {
  const names = new Map<string, string>();
  for (const cands of articles) {
    for (const c of cands) {
      if (c.facility && !names.has(facilityKey(c))) names.set(facilityKey(c), c.facility.text);
    }
  }
  return names;
}

/** The gender a person's given name suggests, if any. */
function genderOf(p: PersonCluster): 'male' | 'female' | null {
  const g = givenNameGender(p.first);
  return g === 'm' ? 'male' : g === 'f' ? 'female' : null;
}

/** Evidence only the shape of a name gives: two to four capitalised words read as a person's name. */
function withShape(reasons: Set<EvidenceReason>, text: string): Set<EvidenceReason> {
  // More than four capitalised words is a title-case headline or a work's title, no one's name.
  const capitalised = text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
  reasons.add(capitalised > 4 ? 'longRun' : 'nameShape');
  return reasons;
}

/** "Russian Defense Ministry" for an owned institution, "Defense Ministry" for one whose owner is unknown. */
export function institutionName(head: string, ownerCountry: string | null, asWritten = false): string {
  const country = ownerCountry ? COUNTRY_BY_ID.get(ownerCountry) : undefined;
  // "US Commerce Department": the United States' institutions go by its abbreviation, not "American".
  const owner = country ? (country.code === 'USA' ? 'US' : (country.demonyms[0] ?? country.name)) : '';
  return `${owner} ${titleCase(asWritten ? head : (INSTITUTION_SYNONYMS[head] ?? head))}`.trim();
}
