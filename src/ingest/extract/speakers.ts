/**
 * Who a noun phrase before (or after) a speech verb refers to: a named person, organisation or
 * country, a pronoun resolved to the most recent speaker or subject, a definite description
 * ("the operator", "the government"), or an anonymous source. Pure.
 */
import { ORG_CLASS_NOUNS } from '../gazetteer/organizations.js';
import type { Mention } from './mentions.js';
import { orgKey } from './mentions.js';

export type EntityRef =
  | { kind: 'person'; key: string; single?: boolean }
  | { kind: 'organization'; key: string; unowned?: string }
  | { kind: 'country'; key: string };

export type SpeakerRef =
  | EntityRef
  | { kind: 'anonymous'; description: string }
  /** "The UN human rights chief": resolved at the end of the article to a person holding such a role. */
  | { kind: 'described'; description: string; orgKey?: string; countryKey?: string };

/** What the reader of an article remembers while it reads, for pronouns and descriptions. */
export interface Discourse {
  lastSpeaker?: { ref: EntityRef; at: number };
  lastPersonSubject?: { ref: EntityRef; at: number };
  lastOrgSpeaker?: EntityRef;
  /** Most recent country named (for "the government"). */
  lastCountry?: string;
  /** Running position in the article, to compare recency. */
  position: number;
}

const LEADING = /^(?:(?:but|and|yet|so|meanwhile|however|still|also|separately|earlier|later|now|then|in turn|for (?:its|his|her|their) part)\b[,\s]*)+/i;
const TRAILING =
  /(?:\s+(?:later|also|again|previously|earlier|repeatedly|separately|too|meanwhile|has|had|have|had also|has also|would|will|then|last (?:week|month|year)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|morning|evening)|in a statement|in an interview|in a (?:post|video|speech))\b)+$/i;

export function cleanNounPhrase(np: string): string {
  let out = np.trim().replace(/^[,;:\s"“”]+|[,;:\s]+$/g, '');
  for (let i = 0; i < 3; i++) out = out.replace(LEADING, '').replace(TRAILING, '').trim();
  return out;
}

const PRONOUN_PERSON = /^(?:he|she)$/i;
const PRONOUN_THING = /^(?:it)$/i;
const INDEFINITE = /^(?:a|an|one|two|three|some|several|many|other|another|unnamed|senior|two senior)\b/i;
const GOVERNMENT = /^the\s+(?:\w+\s+)?(?:government|authorities|administration|cabinet|leadership)$/i;
/** "the company", "the Japanese automaker": an organisation already named. */
const ORG_ANAPHOR = new RegExp(
  `^the\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${[...ORG_CLASS_NOUNS, 'ministry', 'office'].join('|')})$`,
  'iu',
);
const DESCRIBED_ROLE = /^the\s+.*\b(?:chief|head|leader|boss|director|chairman|chairwoman|commissioner|envoy|secretary-general)$/i;
const PLURAL_COMMON = /^(?:[a-z-]+\s+)*[a-z-]+s$/i;

/**
 * Resolve the speaker phrase `np` (offsets in the paragraph) using the paragraph's mentions and
 * the discourse so far. Returns null when the phrase is not a possible speaker.
 */
export function resolveSpeaker(
  npText: string,
  npStart: number,
  mentions: Mention[],
  discourse: Discourse,
): SpeakerRef[] | null {
  const np = cleanNounPhrase(npText);
  // A speaker is a noun phrase, not a clause: "The operator did not reveal which …" is not one.
  if (!np || np.length > 120 || np.split(/\s+/).length > 9) return null;
  const offset = npStart + npText.indexOf(np);
  const inside = mentions.filter((m) => m.start >= offset && m.end <= offset + np.length);

  if (PRONOUN_PERSON.test(np)) {
    const a = discourse.lastSpeaker;
    const b = discourse.lastPersonSubject;
    const candidates = [a, b].filter((x): x is { ref: EntityRef; at: number } => Boolean(x && x.ref.kind === 'person'));
    const best = candidates.sort((x, y) => y.at - x.at)[0];
    return best ? [best.ref] : null;
  }
  if (PRONOUN_THING.test(np)) return discourse.lastOrgSpeaker ? [discourse.lastOrgSpeaker] : null;

  // "The United States and NATO said": each conjunct that names an entity speaks.
  const conjuncts = np.split(/\s+and\s+/);
  if (conjuncts.length === 2 && inside.length >= 2 && inside.every((m) => m.kind !== 'person' || !m.single)) {
    const refs = inside.filter((m) => m.kind === 'country' || m.kind === 'organization').map(toRef);
    if (refs.length === 2) return refs;
  }

  const people = inside.filter((m) => m.kind === 'person');
  // "Aid groups said": a capitalised first word followed by common nouns is no name.
  const lone = people.length === 1 && people[0]!.single && people[0]!.start === offset && /^\s+\p{Ll}/u.test(np.slice(people[0]!.end - offset));
  if (lone) return [{ kind: 'anonymous', description: np }];
  if (people.length) return [toRef(people.at(-1)!)];
  if (INDEFINITE.test(np)) return [{ kind: 'anonymous', description: np }];
  const orgs = inside.filter((m) => m.kind === 'organization');
  if (DESCRIBED_ROLE.test(np)) {
    const org = orgs[0];
    const country = inside.find((m) => m.kind === 'country');
    return [{ kind: 'described', description: np, ...(org ? { orgKey: orgKey(org) } : {}), ...(country ? { countryKey: country.key } : {}) }];
  }
  if (orgs.length) return [toRef(orgs[0]!)];
  const countries = inside.filter((m) => m.kind === 'country' && m.via !== 'demonym');
  if (countries.length) return [toRef(countries[0]!)];
  if (GOVERNMENT.test(np)) {
    const country = inside.find((m) => m.kind === 'country')?.key ?? discourse.lastCountry;
    return country ? [{ kind: 'country', key: country }] : [{ kind: 'anonymous', description: np }];
  }
  if (ORG_ANAPHOR.test(np)) {
    if (discourse.lastOrgSpeaker) return [discourse.lastOrgSpeaker];
    // No organisation has spoken yet: the one named last before the phrase.
    const named = mentions.filter((m) => m.kind === 'organization' && m.end <= offset).at(-1);
    return named ? [toRef(named)] : [{ kind: 'anonymous', description: np }];
  }
  if (/^the\s/i.test(np) || PLURAL_COMMON.test(np)) {
    // "The report", "Military analysts", "a rights group": a source without a name.
    if (/^[\p{Ll}\s-]+$/u.test(np.replace(/^the\s/i, '')) || /^\p{Lu}[\p{Ll}-]+\s+[\p{Ll}\s-]+$/u.test(np)) {
      return [{ kind: 'anonymous', description: np }];
    }
  }
  // An unknown acronym or capitalised name speaking: an organisation the lexicon does not know.
  if (/^(?:[Tt]he\s+)?\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(np)) return [{ kind: 'organization', key: np.replace(/^the\s+/i, '') }];
  return null;
}

export function toRef(m: Mention): EntityRef {
  if (m.kind === 'person') return { kind: 'person', key: m.key, ...(m.single ? { single: true } : {}) };
  if (m.kind === 'organization') return m.owner === null ? { kind: 'organization', key: orgKey(m), unowned: m.key } : { kind: 'organization', key: orgKey(m) };
  return { kind: 'country', key: m.key };
}
