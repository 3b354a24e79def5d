/**
 * An article's own event when the event lexicon found none in its headline or lead: the first word
 * of the headline (else of the lead) that WordNet files under a kind of the taxonomy, else the
 * first eventive verb there (kind `other`, keeping its lemma). Written priorities:
 *   1. a word of a known kind in the headline;
 *   2. a word of a known kind in the lead (its first two sentences, a date line skipped);
 *   3. an eventive verb in the headline, then in the lead.
 * The word found in the headline is also looked for in the lead, so that the event has a mention
 * in the body. Pure (WordNet read lazily).
 */
import type { EventType } from '../../domain/document.js';
import type { Mention } from '../entities/mentions.js';
import { IRREGULAR_FORMS } from '../lexicon/event-kinds.js';
import { EVENT_TYPE_INFO } from '../lexicon/events.js';
import { EVENT_TRIGGERS } from '../lexicon/gazetteer.js';
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  MODALS,
  MONTHS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
  WEEKDAYS,
} from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';
import type { ArticleInput, EventMention } from './detect.js';
import { asserted, EvidenceCounter, makeClause } from './detect.js';
import { findFigures } from './figures.js';
import { competes, kindOfWord, type WordKind } from './kinds.js';
import { lemmaOf, taggedCount } from '../lexicon/wordnet.js';
import { findRoles } from './roles.js';
import { eventDate, findDates } from './when.js';

/** Is a word written both ways more often a verb than a noun (WordNet's tagged sense counts)? */
function usuallyVerb(word: string): boolean {
  const v = lemmaOf(word, 'v');
  const n = lemmaOf(word, 'n');
  if (!v) return false;
  if (!n) return true;
  return taggedCount(v, 'v') >= taggedCount(n, 'n');
}

/** Particles that make a phrasal verb with the word before: "gun down", "buy out", "take over". */
const PARTICLES = new Set(['down', 'out', 'over', 'up', 'off', 'into', 'in']);

const BE_HAVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/** Verbs that report, hold or seem: never an article's event ("says", "has", "seems"). */
const NOT_EVENT_VERBS = new Set(
  `say tell report have be get seem make do go leave take give come put set keep hold show find see use
  become begin start continue stand remain`.split(/\s+/),
);

interface Found {
  at: number;
  end: number;
  word: WordKind;
  pos: 'noun' | 'verb';
}

const isFunctionWord = (w: string) =>
  DETERMINERS.has(w) ||
  POSSESSIVE_DETERMINERS.has(w) ||
  PREPOSITIONS.has(w) ||
  CONJUNCTIONS.has(w) ||
  SUBORDINATORS.has(w) ||
  AUXILIARIES.has(w) ||
  MODALS.has(w) ||
  PRONOUNS[w] !== undefined ||
  MONTHS.has(w) ||
  WEEKDAYS.has(w);

/** The kind of the word at `i`, read as the verb or the noun its neighbours make it. */
function wordAt(
  tokens: readonly Token[],
  i: number,
  from: number,
  to: number,
  names: readonly Mention[],
): Found | null {
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.lower.length < 3 || isFunctionWord(t.lower)) return null;
  if (names.some((m) => m.tokenStart <= i && i < m.tokenEnd)) return null;
  const prev = tokens[i - 1]?.lower ?? '';
  const next = tokens[i + 1];
  if (next && i + 1 < to && PARTICLES.has(next.lower)) {
    const phrasal = kindOfWord(`${t.lower} ${next.lower}`, 'v');
    if (phrasal && phrasal.kind !== 'other') return { at: i, end: i + 2, word: phrasal, pos: 'verb' };
  }
  const nounContext =
    DETERMINERS.has(prev) || POSSESSIVE_DETERMINERS.has(prev) || tokens[i - 1]?.kind === 'possessive';
  const verbContext = prev === 'to' || AUXILIARIES.has(prev) || MODALS.has(prev);
  // After "was" or "has" a verb is a participle: "was close" is an adjective.
  if (BE_HAVE.has(prev) && !/(?:ed|en|ing)$/.test(t.lower) && IRREGULAR_FORMS[t.lower] === undefined)
    return null;
  // A finite verb has its subject before it: a sentence's first word is a noun ("Markets").
  const verb = nounContext || i === from ? null : kindOfWord(t.lower, 'v');
  const noun = verbContext ? null : kindOfWord(t.lower, 'n');
  const usable = (k: WordKind | null) => k && !NOT_EVENT_VERBS.has(k.lemma);
  // A word written both ways is read as what it usually is ("ships" a noun, "buys" a verb), a past
  // form always as a verb.
  const asVerb =
    verbContext || /ed$/.test(t.lower) || IRREGULAR_FORMS[t.lower] !== undefined || usuallyVerb(t.lower);
  if (usable(verb) && (asVerb || !lemmaOf(t.lower, 'n')))
    return { at: i, end: i + 1, word: verb!, pos: 'verb' };
  if (usable(noun) && !(verb && asVerb)) return { at: i, end: i + 1, word: noun!, pos: 'noun' };
  return null;
}

/**
 * A word of no known kind is the article's event only as a finite verb: inflected ("enters",
 * "walked", "took") or after an auxiliary, "to" or a modal; "party girl" and "head coach" are not.
 */
function inflected(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  const prev = tokens[i - 1]?.lower ?? '';
  if (AUXILIARIES.has(prev) || MODALS.has(prev) || prev === 'to') return true;
  return /(?:[^s]s|ed)$/.test(w) || IRREGULAR_FORMS[w] !== undefined;
}

/** Kinds a software maker's words take: "releases a patch", "fixes a flaw" are a release. */
const SOFTWARE_KINDS = new Set<EventType>(['release', 'other', 'product_launch', 'cyber_attack']);

/**
 * The word's kind in its sentence's domain: a contest's verbs report its result ("beats", "tops",
 * "clinches"; "shooting 51 percent" is no shooting), software makers' verbs a release.
 */
function inDomain(
  f: Found,
  counter: EvidenceCounter,
  tokens: readonly Token[],
  from: number,
  to: number,
): Found {
  const score = tokens.slice(from, to).some((t) => /^\d+-\d+$/.test(t.text));
  const contest = score || counter.count('contest') > 0;
  if (contest && f.pos === 'verb' && f.word.kind !== 'sports_result' && competes(tokens[f.at]!.lower))
    return { ...f, word: { ...f.word, kind: 'sports_result' } };
  if (contest && f.word.kind === 'shooting') return { ...f, word: { ...f.word, kind: 'sports_result' } };
  if (SOFTWARE_KINDS.has(f.word.kind) && counter.count('software') > 0)
    return { ...f, word: { ...f.word, kind: 'product_launch' } };
  return f;
}

/** The first word of a known kind in [from, to), or else the first eventive verb. */
function scan(
  tokens: readonly Token[],
  from: number,
  to: number,
  names: readonly Mention[],
  skip: (i: number) => boolean,
): { known: Found | null; other: Found | null } {
  let other: Found | null = null;
  const counter = new EvidenceCounter(tokens, from, to);
  for (let i = from; i < to; i++) {
    if (skip(i)) continue;
    // Words the event lexicon knows were read by detection already, in their context.
    if (EVENT_TRIGGERS.matchAt(tokens, i, to)?.value.length) continue;
    const read = wordAt(tokens, i, from, to, names);
    if (!read || !asserted(tokens, from, to, read.at, read.end, { type: read.word.kind, pos: read.pos }))
      continue;
    const f = inDomain(read, counter, tokens, from, to);
    if (f.word.kind !== 'other') return { known: f, other };
    if (!other && f.pos === 'verb' && inflected(tokens, i)) other = f;
  }
  return { known: null, other };
}

/** A date line ("Friday, June 7, 2013") holds no lower-case word. */
const isDateLine = (tokens: readonly Token[], from: number, to: number) => {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && !t.cap && !MONTHS.has(t.lower)) return false;
  }
  return true;
};

/** The article's own event, as mentions (headline and lead), when WordNet finds one. */
export function findMainMentions(input: ArticleInput): EventMention[] {
  const { text, title, mentions } = input;
  const lead: number[] = [];
  for (let si = 0; si < text.sentences.length && lead.length < 2; si++) {
    const s = text.sentences[si]!;
    if (!isDateLine(text.tokens, s.tokenStart, s.tokenEnd)) lead.push(si);
  }
  const bodyNames = (si: number) => mentions.filter((m) => m.sentence === si);
  const bodySkip = (i: number) =>
    text.quoteAt[i]! >= 0 || (text.tokens[i]!.cap && i !== text.sentences[text.sentenceAt[i]!]!.tokenStart);
  const head = scan(title.tokens, 0, title.tokens.length, title.mentions, () => false);
  const leads = lead.map((si) => {
    const s = text.sentences[si]!;
    return { si, ...scan(text.tokens, s.tokenStart, s.tokenEnd, bodyNames(si), bodySkip) };
  });
  type Pick = { sentence: number; found: Found };
  let pick: Pick | null = head.known ? { sentence: -1, found: head.known } : null;
  pick ??= leads.map((l) => (l.known ? { sentence: l.si, found: l.known } : null)).find(Boolean) ?? null;
  pick ??= head.other ? { sentence: -1, found: head.other } : null;
  pick ??= leads.map((l) => (l.other ? { sentence: l.si, found: l.other } : null)).find(Boolean) ?? null;
  if (!pick) return [];
  const own = build(input, pick.sentence, pick.found);
  // A happening of no known kind, with no one, nowhere and undated, is no event ("Tension Rises").
  const { actors, targets, places, countries } = own.roles;
  const bare = !actors.length && !targets.length && !places.length && !countries.length && !own.date;
  if (bare && own.type === 'other') return [];
  const out = [own];
  if (pick.sentence < 0) {
    // The headline's event in the lead: a word of the same kind (or lemma, for `other`).
    for (const l of leads) {
      const f = l.known?.word.kind === pick.found.word.kind ? l.known : null;
      const same = f ?? (l.other && l.other.word.lemma === pick.found.word.lemma ? l.other : null);
      if (same) {
        out.push(build(input, l.si, same));
        break;
      }
    }
  }
  return out;
}

function build(input: ArticleInput, sentence: number, f: Found): EventMention {
  const { text, title } = input;
  const head = sentence < 0;
  const tokens = head ? title.tokens : text.tokens;
  const s = head ? null : text.sentences[sentence]!;
  const from = s?.tokenStart ?? 0;
  const to = s?.tokenEnd ?? title.tokens.length;
  const ms = head ? title.mentions : input.mentions.filter((m) => m.sentence === sentence);
  const type: EventType = f.word.kind;
  const noun = type === 'other' ? f.word.lemma : EVENT_TYPE_INFO[type].label;
  const clause = makeClause(tokens, from, to, ms);
  const roles = findRoles(clause, { type, pos: f.pos, noun }, f.at, f.end);
  if (head) roles.specifiers = [];
  // An own event its clause gives no party: whom its sentence names before it acts, after it is
  // acted on ("Tara Reid has checked herself into rehab").
  if (!roles.actors.length && !roles.targets.length) {
    const named = ms.filter((m) => m.kind !== 'country' && !m.medium);
    const before = named.filter((m) => m.tokenEnd <= f.at).at(-1);
    const after = named.find((m) => m.tokenStart >= f.end);
    if (before) roles.actors.push(before);
    else if (after) roles.targets.push(after);
  }
  const dates = findDates(tokens, from, to, input.published);
  const trigger = tokens
    .slice(f.at, f.end)
    .map((t) => t.lower)
    .join(' ');
  return {
    type,
    pos: f.pos,
    trigger,
    noun,
    nouns: [noun],
    evidence: () => 0,
    weapon: false,
    sentence,
    start: s?.start ?? 0,
    end: s?.end ?? 0,
    roles,
    date: eventDate(tokens, dates, f.at, f.end, from, to),
    figures: findFigures(tokens, from, to),
    definite: false,
    subjectNoun: null,
    inPhrase: false,
    undated: false,
    at: [f.at, f.end],
    lemma: f.word.lemma,
    depth: f.word.depth,
  };
}
