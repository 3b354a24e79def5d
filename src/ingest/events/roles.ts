/**
 * Who did an event to whom, and where, from the clause around its trigger:
 *   - a verb's subject is its actor (its target in the passive, with "by X" the actor), its object
 *     the target: "Russian forces struck the plant", "protesters were arrested by police";
 *   - a noun's premodifier is its actor or its place by type ("Russian strike", "Peru protests"),
 *     "X's" its actor; after it "on/against X" the target, "by X" the actor, "between X and Y" both;
 *   - the subject of a light verb or noun is the actor of the event it performs ("X launched an
 *     offensive", "X's use of a missile", "X designated Monday a holiday");
 *   - places are the sentence's Place mentions; countries are where it happened when a locative
 *     preposition names them ("in Iran", "near Ukraine").
 * Pure.
 */
import { CUE_FORMS } from '../lexicon/gazetteer.js';
import {
  EVENT_TYPE_INFO,
  LIGHT_WORDS,
  PHRASE_BREAKS,
  STRIKING_VERBS,
  VAGUE_MODIFIERS,
  VERBS_AFTER_EVENT,
  type EventTypeInfo,
} from '../lexicon/events.js';
import {
  AUXILIARIES,
  DETERMINERS,
  MONTH_NAMES,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  WEEKDAY_NAMES,
} from '../lexicon/words.js';
import type { TriggerSense } from '../lexicon/events.js';
import type { Mention } from '../entities/mentions.js';
import type { Token } from '../text/tokens.js';

export interface Roles {
  actors: Mention[];
  targets: Mention[];
  places: Mention[];
  /** Countries named as where it happened. */
  countries: Mention[];
  /** Words that single it out: "Oreshnik", "12-day", "patriotic", "2021". */
  specifiers: string[];
  /** The object as written when no entity names it: "power plant", "market". */
  objectPhrase: string | null;
  /** The event's own name after its noun: "Mawar" in "Typhoon Mawar". */
  name?: string;
}

/** A sentence as the role finder sees it: its tokens and its mentions by first and last token. */
export interface Clause {
  tokens: readonly Token[];
  start: number;
  end: number;
  /** Mentions of the sentence by their first token, and by the token after their last. */
  byStart: Map<number, Mention>;
  byEnd: Map<number, Mention>;
}

const LOCATIVE = new Set([
  'in',
  'near',
  'across',
  'around',
  'throughout',
  'inside',
  'outside',
  'at',
  'along',
  'within',
  'into',
  'on',
]);
/** Locative prepositions that never introduce a subject's own phrase ("pilots at X" is X's pilots). */
const AWAY = new Set([...LOCATIVE].filter((w) => w !== 'at'));
/** Words between a locative preposition and its country: "in northeastern Nigeria", "in the south of". */
const DIRECTION = new RegExp(
  '^(?:the|north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|' +
    'south-?eastern|south-?western|northeast|northwest|southeast|southwest|far|upper|lower|rural|coastal|' +
    'neighbouring|neighboring)$',
  'i',
);
const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', "'s"]);
const isWord = (t: Token | undefined) => t?.kind === 'word';
const STORM_NOUNS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical storm']);
/** Words a headline capitalises after a storm's name: "Hurricane Delia Slams Into …". */
const STORM_NAME_STOPS = new Set([
  ...STRIKING_VERBS,
  ...VERBS_AFTER_EVENT,
  ...PREPOSITIONS,
  'slams',
  'makes',
  'nears',
  'heads',
  'batters',
  'kills',
]);
/** Weekdays and months before an event noun date it ("Tuesday's bombardment"); they never name it. */
const DATE_WORDS = new Set(
  [...WEEKDAY_NAMES, ...MONTH_NAMES].flatMap((w) => [w.toLowerCase(), w.slice(0, 3).toLowerCase()]),
);

export function findRoles(c: Clause, sense: TriggerSense, start: number, end: number): Roles {
  const info = EVENT_TYPE_INFO[sense.type];
  const roles: Roles = {
    actors: [],
    targets: [],
    places: [],
    countries: [],
    specifiers: [],
    objectPhrase: null,
  };
  let phraseStart = start;
  if (sense.pos === 'noun') phraseStart = nounRoles(c, info, sense, start, end, roles);
  else verbRoles(c, info, start, end, roles);
  if (!roles.actors.length && sense.pos === 'noun') {
    const actor = performer(c, phraseStart);
    if (actor) roles.actors.push(actor);
  }
  // "Sudan's military and the paramilitary RSF agreed": both.
  for (const a of [...roles.actors]) {
    const other = conjunctBefore(c, a);
    if (other && !roles.actors.includes(other)) roles.actors.splice(roles.actors.indexOf(a), 0, other);
  }
  sentencePlaces(c, roles, start);
  return roles;
}

function add(list: Mention[], m: Mention | null | undefined) {
  if (m && !list.some((x) => x.entityId === m.entityId)) list.push(m);
}

/** Roles around an event noun; returns where its noun phrase starts. */
function nounRoles(
  c: Clause,
  info: EventTypeInfo,
  sense: TriggerSense,
  start: number,
  end: number,
  roles: Roles,
): number {
  const t = c.tokens;
  // Before the noun: "Russia's", "Russian", "EU", "Kharkiv", "Oreshnik", "12-day", "patriotic".
  let k = start - 1;
  const lower: string[] = [];
  while (k >= c.start && start - k <= 6) {
    const m = c.byEnd.get(k + 1);
    if (m) {
      const possessive = t[m.tokenEnd]?.kind === 'possessive';
      if (m.kind === 'place') add(roles.places, m);
      else if (sense.modifierIsTarget) add(roles.targets, m);
      else if (info.modifier === 'place' && m.kind === 'country' && !possessive) add(roles.countries, m);
      else if (
        m.kind === 'country' &&
        m.via !== 'demonym' &&
        !possessive &&
        info.targetPrepositions.includes('on')
      ) {
        // "Ukraine barrage": a country named before an attack is where it struck.
        add(roles.targets, m);
      } else add(roles.actors, m);
      k = m.tokenStart - 1;
      continue;
    }
    const w = t[k]!;
    if (w.kind === 'possessive') {
      k--;
      continue;
    }
    if (w.kind === 'number' && /^\d{4}$/.test(w.text)) {
      roles.specifiers.unshift(w.text);
      k--;
      continue;
    }
    if ((w.kind === 'number' || isWord(w)) && /^[\p{N}\p{L}]+-(?:day|year|week|month|hour)$/u.test(w.lower)) {
      roles.specifiers.unshift(w.text);
      k--;
      continue;
    }
    if (!isWord(w) || DETERMINERS.has(w.lower) || POSSESSIVE_DETERMINERS.has(w.lower)) break;
    if (PREPOSITIONS.has(w.lower) || AUXILIARIES.has(w.lower)) break;
    if (w.lower === 'and' || w.lower === 'or') break;
    if (PHRASE_BREAKS.has(w.lower) || CUE_FORMS.matchAt(t, k, c.end)) break;
    // A verb ends the noun's phrase: "entered Finnish airspace".
    if (!w.cap && (LIGHT_WORDS.has(w.lower) || STRIKING_VERBS.has(w.lower) || /ly$/.test(w.lower))) break;
    if (w.cap && k > c.start && !DATE_WORDS.has(w.lower)) roles.specifiers.unshift(w.text);
    else if (w.cap && DATE_WORDS.has(w.lower)) {
      k--;
      continue;
    }
    // (A superlative, "deadliest", "fiercest", ranks the event without naming it.)
    else if (!w.cap && !VAGUE_MODIFIERS.has(w.lower) && !NO_NAME_ENDINGS.test(w.lower) && lower.length < 2) {
      lower.unshift(w.lower);
    }
    k--;
  }
  roles.specifiers.push(...lower);
  const phraseStart = k + 1;
  // "Typhoon Hoa Sen", "Storm Eowyn": a storm's name follows its noun.
  if (STORM_NOUNS.has(t[end - 1]!.lower)) {
    let e = end;
    while (
      e < c.end &&
      e - end < 3 &&
      t[e]!.cap &&
      t[e]!.kind === 'word' &&
      !STORM_NAME_STOPS.has(t[e]!.lower)
    )
      e++;
    if (e > end) {
      roles.name = t
        .slice(end, e)
        .map((x) => x.text)
        .join(' ');
      for (const [s, m] of [...c.byStart])
        if (s >= end && s < e) (c.byStart.delete(s), c.byEnd.delete(m.tokenEnd));
      end = e;
    }
  }
  // After the noun: what it struck ("an earthquake struck Peru"), then prepositional phrases.
  k = end;
  if (STRIKING_VERBS.has(t[k]?.lower ?? '')) {
    const np = phraseAfter(c, k + 1);
    for (const m of np.mentions) {
      if (m.kind === 'place') add(roles.places, m);
      else if (info.modifier === 'place' && m.kind === 'country') add(roles.countries, m);
      else add(roles.targets, m);
    }
    if (!np.mentions.length && np.text) roles.objectPhrase ??= np.text;
    k = Math.max(np.end, k + 1);
  }
  for (let pp = 0; pp < 4 && k < c.end; pp++) {
    const p = t[k]!;
    if (p.lower === 'of' && k + 1 < c.end && isRelativeVerb(t[k + 1])) break;
    if (p.lower === 'that' || p.lower === 'which') {
      // "a cyber attack that hit the defense ministry": the object of the relative clause.
      if (!isRelativeVerb(t[k + 1])) break;
      const np = phraseAfter(c, k + 2);
      for (const m of np.mentions) add(roles.targets, m);
      if (!np.mentions.length && np.text) roles.objectPhrase ??= np.text;
      break;
    }
    if (p.kind !== 'word' || !PREPOSITIONS.has(p.lower)) break;
    const np = phraseAfter(c, k + 1);
    if (p.lower === 'by') for (const m of np.mentions) add(roles.actors, m);
    else if (p.lower === 'between') for (const m of np.mentions) add(roles.actors, m);
    else if (info.targetPrepositions.includes(p.lower)) {
      for (const m of np.mentions) {
        if (m.kind === 'place') add(roles.places, m);
        else add(roles.targets, m);
      }
      if (!np.mentions.length && np.text) roles.objectPhrase ??= np.text;
    } else if (p.lower === 'of') {
      const others = info.modifier === 'actor' ? roles.targets : roles.actors;
      for (const m of np.mentions) add(m.kind === 'place' ? roles.places : others, m);
    } else if (LOCATIVE.has(p.lower)) {
      for (const m of np.mentions) add(m.kind === 'place' ? roles.places : roles.countries, m);
    } else if (p.lower === 'with' || p.lower === 'against') {
      for (const m of np.mentions) add(roles.targets, m);
    }
    if (np.end <= k + 1) break;
    k = np.end;
  }
  return phraseStart;
}

function verbRoles(c: Clause, info: EventTypeInfo, start: number, end: number, roles: Roles) {
  const t = c.tokens;
  let passive = false;
  // "is building up", "were pulling back": progressive, not passive.
  const participle = !/ing$/.test(t[start]!.lower);
  for (let k = start - 1; participle && k >= Math.max(c.start, start - 3); k--) {
    if (BE.has(t[k]!.lower)) passive = true;
    else if (!/ly$/.test(t[k]!.lower) && !VERB_ADVERBS.has(t[k]!.lower)) break;
  }
  const subject = subjectBefore(c, start);
  if (subject) add(passive ? roles.targets : roles.actors, subject);
  let k = end;
  // The object, or "by X" in the passive.
  if (passive && t[k]?.lower === 'by') {
    const np = phraseAfter(c, k + 1);
    for (const m of np.mentions) add(roles.actors, m);
    k = np.end;
  } else if (!passive) {
    const np = phraseAfter(c, k);
    if (!info.objectMoves) {
      for (const m of np.mentions) add(m.kind === 'place' ? roles.places : roles.targets, m);
      if (!np.mentions.length && np.text) roles.objectPhrase = np.text;
    }
    k = np.end > k ? np.end : k;
  }
  for (let pp = 0; pp < 3 && k < c.end; pp++) {
    const p = t[k]!;
    if (p.kind !== 'word' || !PREPOSITIONS.has(p.lower)) break;
    const np = phraseAfter(c, k + 1);
    if (info.targetPrepositions.includes(p.lower) && p.lower !== 'of') {
      for (const m of np.mentions) add(m.kind === 'place' ? roles.places : roles.targets, m);
    } else if (p.lower === 'with' || p.lower === 'against')
      for (const m of np.mentions) add(roles.targets, m);
    else if (LOCATIVE.has(p.lower)) {
      for (const m of np.mentions) add(m.kind === 'place' ? roles.places : roles.countries, m);
    }
    if (np.end <= k + 1) break;
    k = np.end;
  }
}

/** The mention joined to `m` by "and" before it: "X and (the paramilitary) Y". */
function conjunctBefore(c: Clause, m: Mention): Mention | null {
  if (c.byEnd.get(m.tokenEnd) !== m) return null;
  for (let k = m.tokenStart - 1; k >= Math.max(c.start, m.tokenStart - 4); k--) {
    const w = c.tokens[k]!;
    if (w.lower === 'and') {
      const other = c.byEnd.get(k);
      return other && other.kind !== 'place' ? other : null;
    }
    if (w.kind !== 'word' || w.cap) return null;
  }
  return null;
}

/** A verb right after "that"/"which": "that hit", "which targeted". */
function isRelativeVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.cap && /(?:ed|t|s)$/.test(t.lower) && !DETERMINERS.has(t.lower);
}

/**
 * The noun phrase from token `from`: its mentions ("X and Y" both, "Ukraine's defense ministry"
 * the ministry) and, without any, its words ("one of its power plants" → "power plants").
 */
function phraseAfter(c: Clause, from: number): { mentions: Mention[]; text: string | null; end: number } {
  const t = c.tokens;
  const mentions: Mention[] = [];
  const words: string[] = [];
  let k = from;
  while (k < c.end && k - from < 8) {
    const m = c.byStart.get(k);
    if (m) {
      // "Ukraine's defense ministry": the possessor is the owner, the head the mention.
      const after = m.tokenEnd;
      const head = t[after]?.kind === 'possessive' ? c.byStart.get(after + 1) : undefined;
      if (head) {
        mentions.push(head);
        k = head.tokenEnd;
      } else if (t[after]?.kind === 'possessive') {
        mentions.push(m);
        k = after + 1;
        continue;
      } else {
        // "Riverton mayor Daniel Hayes", "Brazilian midfielder X": a modifier before the head.
        const head = headAfterModifier(c, after);
        mentions.push(head ?? m);
        k = head ? head.tokenEnd : after;
      }
      if (t[k]?.lower === 'and' || t[k]?.text === ',') {
        // "X and Y", "X, and Y", "X and the Y".
        let next = t[k + 1]?.lower === 'and' ? k + 2 : k + 1;
        if (t[next]?.lower === 'the' && c.byStart.has(next + 1)) next++;
        if (c.byStart.has(next)) {
          k = next;
          continue;
        }
      }
      break;
    }
    const w = t[k]!;
    if (w.kind === 'possessive' || w.text === '-') {
      k++;
      continue;
    }
    if (w.kind !== 'word' && w.kind !== 'number') break;
    if (PHRASE_BREAKS.has(w.lower) || CUE_FORMS.matchAt(t, k, c.end)) break;
    if (PREPOSITIONS.has(w.lower) && !(w.lower === 'of' && words.length <= 1)) break;
    if (AUXILIARIES.has(w.lower) || w.lower === 'and' || w.lower === 'or' || /ing$/.test(w.lower)) break;
    const content =
      !DETERMINERS.has(w.lower) && !POSSESSIVE_DETERMINERS.has(w.lower) && !VAGUE_MODIFIERS.has(w.lower);
    if (content && w.lower !== 'of' && w.kind === 'word') {
      words.push(w.text);
    } else if (w.lower === 'of') words.length = 0;
    k++;
  }
  return { mentions, text: mentions.length || !words.length ? null : words.slice(-3).join(' '), end: k };
}

/**
 * "protesters blocking roads", "officials said": a common noun right before the verb, with no name
 * in its phrase, is the subject; a name further back is not.
 */
function unnamedSubject(c: Clause, at: number): boolean {
  const t = c.tokens;
  let k = at - 1;
  while (
    k >= c.start &&
    (AUXILIARIES.has(t[k]!.lower) || /ly$/.test(t[k]!.lower) || VERB_ADVERBS.has(t[k]!.lower))
  )
    k--;
  const w = t[k];
  if (!w || w.kind !== 'word' || w.cap || c.byEnd.has(k + 1)) return false;
  if (PRONOUNS_SUBJECT.has(w.lower) || DETERMINERS.has(w.lower)) return false;
  if (PREPOSITIONS.has(w.lower) || PHRASE_BREAKS.has(w.lower) || w.lower === 'and') return false;
  // "Russian forces", "Iran's security forces", "the Serbian army's units": a name heads its phrase.
  for (let j = k - 1; j >= Math.max(c.start, k - 3); j--) {
    if (c.byEnd.has(j + 1) || t[j]!.kind === 'possessive') return false;
    const x = t[j]!;
    if (x.kind !== 'word' || x.cap || DETERMINERS.has(x.lower) || PREPOSITIONS.has(x.lower)) break;
  }
  return true;
}
const PRONOUNS_SUBJECT = new Set(['it', 'they', 'he', 'she', 'we', 'who', 'which', 'that']);
/** Adverbs between a subject and its verb: "was still building up". */
const VERB_ADVERBS = new Set(['still', 'also', 'reportedly', 'not', 'already', 'later']);

/** The mention a phrase's modifier mention leads to: "mayor Daniel Hayes" after "Riverton". */
function headAfterModifier(c: Clause, from: number): Mention | null {
  const t = c.tokens;
  for (let k = from; k < Math.min(from + 3, c.end); k++) {
    const m = c.byStart.get(k);
    if (m) return m.kind === 'person' || m.kind === 'organization' ? m : null;
    const w = t[k]!;
    if (w.kind !== 'word' || w.cap || PREPOSITIONS.has(w.lower) || PHRASE_BREAKS.has(w.lower)) return null;
    if (AUXILIARIES.has(w.lower) || w.lower === 'and') return null;
  }
  return null;
}

/** The subject of a verb: the nearest mention before it in its clause, outside locative phrases. */
function subjectBefore(c: Clause, at: number): Mention | null {
  const t = c.tokens;
  if (unnamedSubject(c, at)) return null;
  for (let k = at - 1; k >= c.start; k--) {
    const w = t[k]!;
    const m = c.byEnd.get(k + 1);
    if (m) {
      const before = t[m.tokenStart - 1];
      // "in Kyiv" is no subject; nor is "(RSF)", the acronym of the name before it.
      if ((before && AWAY.has(before.lower)) || (before?.text === '(' && t[m.tokenEnd]?.text === ')')) {
        k = m.tokenStart;
        continue;
      }
      // "Pilots at Aerolux, Germany's second-largest airline, walked out": the appositive's owner
      // is not the subject; the name before the appositive is.
      if (t[m.tokenEnd]?.kind === 'possessive') {
        const comma = t[m.tokenStart - 1]?.text === ',' ? m.tokenStart - 1 : -1;
        const named = comma > c.start ? c.byEnd.get(comma) : undefined;
        if (named) return named;
      }
      return m;
    }
    if (w.text === ';' || w.text === ':' || w.kind === 'quote' || w.kind === 'dash') return null;
    if (w.lower === 'that' || w.lower === 'who' || w.lower === 'which' || w.lower === 'if') return null;
    const cue = CUE_FORMS.matchAt(t, k, c.end);
    if (cue && cue.end <= at) return null;
  }
  return null;
}

/**
 * The actor of an event noun that a light word introduces: "Russia's use of a missile", "the army
 * launched an offensive", "the president declared Friday a day of mourning".
 */
function performer(c: Clause, at: number): Mention | null {
  const t = c.tokens;
  for (let k = at - 1; k >= Math.max(c.start, at - 8); k--) {
    const w = t[k]!;
    if (w.text === ',' || w.text === ';' || w.kind === 'quote' || CUE_FORMS.matchAt(t, k, c.end)) return null;
    if (c.byEnd.get(k + 1)) return null;
    if (LIGHT_WORDS.has(w.lower)) {
      // The nearest mention before the light word, possessive ("X's use") or subject ("X launched").
      const m = subjectBefore(c, k);
      return m && m.kind !== 'place' ? m : null;
    }
  }
  return null;
}

/** Every Place mention of the sentence, and the countries that locative prepositions name. */
function sentencePlaces(c: Clause, roles: Roles, at: number) {
  const [from, to] = timeClause(c, at);
  for (const m of c.byStart.values()) {
    // "talks in Geneva, their first since clashes in March": each event keeps its own clause's
    // places (a country named around it is still where it happened).
    const elsewhere = m.tokenStart < from || m.tokenStart >= to;
    if (m.kind === 'place' && !elsewhere) add(roles.places, m);
    else if (m.kind === 'country' && m.via !== 'demonym' && locativeBefore(c, m.tokenStart))
      add(roles.countries, m);
  }
}

/** Adverbs, participles and superlatives ("deadliest", "fiercest") describe an event but name none. */
const NO_NAME_ENDINGS = /(?:ly|ing|ed|iest|[^aeiou]{2}est)$/;

/** Words opening a clause about another time ("since" is never a mere preposition of place). */
const TIME_CLAUSES = new Set(['since']);

/** The token range of the trigger's part of the sentence, split at words opening a time clause. */
function timeClause(c: Clause, at: number): [number, number] {
  let from = c.start;
  let to = c.end;
  for (let k = at - 1; k > c.start; k--) {
    if (TIME_CLAUSES.has(c.tokens[k]!.lower)) {
      from = k;
      break;
    }
  }
  for (let k = at + 1; k < c.end; k++) {
    if (TIME_CLAUSES.has(c.tokens[k]!.lower)) {
      to = k;
      break;
    }
  }
  return [from, to];
}

/** "in Iran", "in northeastern Nigeria", "across the Netherlands". */
function locativeBefore(c: Clause, at: number): boolean {
  for (let k = at - 1; k >= Math.max(c.start, at - 3); k--) {
    const w = c.tokens[k]!.lower;
    if (LOCATIVE.has(w)) return w !== 'on';
    if (!DIRECTION.test(w)) return false;
  }
  return false;
}
