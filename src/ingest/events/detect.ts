/**
 * Event mentions of one article, sentence by sentence (and in its headline): a trigger from the
 * event lexicon, its sense chosen by the evidence around it, kept only when the clause asserts it
 * (not "could attack", "fears of an invasion", "since Moscow invaded"), with its roles, its date
 * and the figures its sentence states. Quotations are opinion, not report: triggers inside them
 * are left out. Pure.
 */
import type { EventType, FigureDoc } from '../../domain/document.js';
import type { Mention } from '../entities/mentions.js';
import {
  CLAUSE_BREAKS,
  EVENT_TYPE_INFO,
  EVIDENCE,
  FUTURE_AFTER,
  IRREALIS,
  INSTRUMENT_HEADS,
  IRREALIS_AFTER,
  LIGHT_WORDS,
  NEGATORS_BY_TYPE,
  VERBS_AFTER_EVENT,
  type EvidenceName,
  type TriggerSense,
} from '../lexicon/events.js';
import { CUE_FORMS, EVENT_TRIGGERS, TRIGGER_FIRST_WORDS } from '../lexicon/gazetteer.js';
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
} from '../lexicon/words.js';
import type { ArticleText } from '../text/article-text.js';
import type { Token } from '../text/tokens.js';
import { findFigures } from './figures.js';
import { findRoles, type Clause, type Roles } from './roles.js';
import { eventDate, findDates, type DateSpan } from './when.js';

export interface EventMention {
  type: EventType;
  pos: 'noun' | 'verb';
  /** The trigger as written, lower case ("air strikes", "walked out"). */
  trigger: string;
  /** The noun that names the event ("air strike"; a verb's noun: "deployed" → "deployment"). */
  noun: string;
  /** Every noun its sentence used for it, when several triggers of the sentence report it. */
  nouns: string[];
  /** How much evidence of a kind its sentence holds ("protest": protesters, crowds…). */
  evidence: (name: EvidenceName) => number;
  weapon: boolean;
  /** -1 for the headline. */
  sentence: number;
  /** Character range of the sentence in the article text (the headline's own range for it). */
  start: number;
  end: number;
  roles: Roles;
  date: DateSpan | null;
  figures: FigureDoc[];
  /** "the strike", "such attacks": refers back to an event already reported. */
  definite: boolean;
  /** The noun before a verb trigger: "the missile" in "the missile hit". */
  subjectNoun: string | null;
  /** A noun inside a prepositional phrase ("killed in an air strike"): told in passing. */
  inPhrase: boolean;
  /** Dated by a weekday the article's missing date cannot resolve ("on Monday"). */
  undated: boolean;
  /** Token range of the trigger. */
  at: [number, number];
  /** WordNet's lemma, for a trigger found through it (what tells two `other` events apart). */
  lemma?: string;
  /** For a trigger found through WordNet: hypernym steps from its sense to its kind's anchor. */
  depth?: number;
}

const EVIDENCE_SETS = Object.fromEntries(
  Object.entries(EVIDENCE).map(([k, v]) => [k, new Set<string>(v)]),
) as Record<EvidenceName, Set<string>>;
/** For each evidence word, the lists it belongs to. */
const LISTS_OF_WORD = new Map<string, EvidenceName[]>();
for (const [name, words] of Object.entries(EVIDENCE_SETS) as [EvidenceName, Set<string>][]) {
  for (const w of words) LISTS_OF_WORD.set(w, [...(LISTS_OF_WORD.get(w) ?? []), name]);
}

/** How many words of each evidence list occur among some tokens. */
export class EvidenceCounter {
  private counts: Map<EvidenceName, number> | null = null;
  private seen: Map<string, number> | null = null;
  /** The tokens are read when first asked about: most articles never need their whole text's. */
  constructor(
    private readonly tokens: readonly Token[],
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** Evidence words among the tokens, with how often each occurs. */
  private evidenceWords(): Map<string, number> {
    if (!this.seen) {
      const seen = new Map<string, number>();
      for (let i = this.from; i < this.to; i++) {
        const w = this.tokens[i]!.lower;
        if (LISTS_OF_WORD.has(w)) seen.set(w, (seen.get(w) ?? 0) + 1);
      }
      this.seen = seen;
    }
    return this.seen;
  }

  count(name: EvidenceName): number {
    if (!this.counts) {
      this.counts = new Map();
      for (const w of this.evidenceWords().keys()) {
        for (const list of LISTS_OF_WORD.get(w)!) this.counts.set(list, (this.counts.get(list) ?? 0) + 1);
      }
    }
    return this.counts.get(name) ?? 0;
  }

  /** The count without the trigger's own words: "signed" is no evidence that "signed" is a signing. */
  countBesides(name: EvidenceName, own: readonly string[]): number {
    let n = this.count(name);
    for (const w of new Set(own)) if (EVIDENCE_SETS[name].has(w) && this.evidenceWords().get(w) === 1) n--;
    return n;
  }
}

/** The sense the evidence supports best: the sentence first, then the whole article. */
function chooseSense(
  senses: readonly TriggerSense[],
  own: readonly string[],
  sentence: EvidenceCounter,
  article: EvidenceCounter,
): TriggerSense | null {
  let best: TriggerSense | null = null;
  let bestScore = 0;
  for (const s of senses) {
    const score = s.needs ? sentence.countBesides(s.needs, own) : 0.5;
    if (s.needs && s.local && score <= 0) continue;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  if (best) return best;
  for (const s of senses) {
    if (s.weapon || s.local || !s.needs) continue;
    const score = article.countBesides(s.needs, own);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** Verb or noun, for a form that can be either: "Russia strikes", "the strikes". */
function choosePos(
  senses: readonly TriggerSense[],
  chosen: TriggerSense,
  tokens: readonly Token[],
  at: number,
  mentionEnds: Map<number, Mention>,
): TriggerSense {
  const same = senses.filter((s) => s.type === chosen.type);
  const verb = same.find((s) => s.pos === 'verb');
  const noun = same.find((s) => s.pos === 'noun');
  const prev = tokens[at - 1];
  // "to protest government plans": a noun form used as a verb.
  const next = tokens[at + 1];
  const objectFollows =
    !!next && next.kind === 'word' && !CONJUNCTIONS.has(next.lower) && !PREPOSITIONS.has(next.lower);
  const afterAuxiliary = !!prev && AUXILIARIES.has(prev.lower) && prev.lower !== 'will';
  if (!verb && noun && ((prev?.lower === 'to' && objectFollows) || afterAuxiliary)) {
    return { ...noun, pos: 'verb', noun: noun.noun ?? EVENT_TYPE_INFO[noun.type].label };
  }
  if (!verb || !noun) return chosen;
  const m = mentionEnds.get(at);
  // "Russia strikes", "they strike", "unexpectedly cut its rate": a verb.
  const verbal =
    (m && m.via !== 'demonym' && prev?.kind !== 'possessive') ||
    (prev &&
      (PRONOUNS[prev.lower] !== undefined ||
        AUXILIARIES.has(prev.lower) ||
        prev.lower === 'to' ||
        /ly$/.test(prev.lower))) ||
    (!!next &&
      (DETERMINERS.has(next.lower) || POSSESSIVE_DETERMINERS.has(next.lower)) &&
      next.lower !== 'that');
  return verbal ? verb : noun;
}

const WEEKDAY_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
]);
const hasWeekday = (tokens: readonly Token[], from: number, to: number) => {
  for (let i = from; i < to; i++) if (WEEKDAY_WORDS.has(tokens[i]!.lower)) return true;
  return false;
};

/** Is the noun at `at` inside a prepositional phrase ("in an Israeli drone strike")? */
function insidePhrase(
  tokens: readonly Token[],
  from: number,
  at: number,
  mentionEnds: Map<number, Mention>,
): boolean {
  for (let k = at - 1; k >= from; k--) {
    const m = mentionEnds.get(k + 1);
    if (m) {
      k = m.tokenStart;
      continue;
    }
    const t = tokens[k]!;
    if (PREPOSITIONS.has(t.lower)) return true;
    // A verb ends the noun's phrase: "a jet entered Estonian airspace".
    if (t.kind === 'word' && !t.cap && (LIGHT_WORDS.has(t.lower) || /ed$/.test(t.lower))) return false;
    if (t.kind === 'word' && !AUXILIARIES.has(t.lower) && !CUE_FORMS.matchAt(tokens, k) && !PRONOUNS[t.lower])
      continue;
    if (t.kind === 'possessive' || t.kind === 'number') continue;
    return false;
  }
  return false;
}

/** Does the clause assert the event (not a threat, plan, denial, condition or anchor)? */
export function asserted(
  tokens: readonly Token[],
  from: number,
  to: number,
  start: number,
  end: number,
  sense: TriggerSense,
): boolean {
  const pos = sense.pos;
  const negators = NEGATORS_BY_TYPE[sense.type];
  for (let k = start - 1; k >= Math.max(from, start - 8); k--) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w)) break;
    if (isMonth(tokens, k, from)) continue;
    if (IRREALIS.has(w) || negators?.has(w)) return false;
    // "a dispute that had led farmers to block roads": told as what came before, unless reported
    // speech shifted it back ("police said protesters had blocked roads").
    if (w === 'had' && !cueBefore(tokens, Math.max(from, k - 8), k)) return false;
    if (w === 'since' && pos === 'verb') return false;
  }
  for (let k = end; k < Math.min(to, end + 8); k++) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w) || w === ',') break;
    if (FUTURE_AFTER.has(w) && tokens[k + 1]?.lower !== 'to') return false;
  }
  if (pos === 'noun') {
    for (let k = end; k < Math.min(to, end + 5); k++) {
      const w = tokens[k]!.lower;
      if (CLAUSE_BREAKS.has(w) || w === ',') break;
      if (IRREALIS_AFTER.has(w) && !isMonth(tokens, k, from)) return false;
    }
  } else {
    // "had attacked … since Moscow invaded": a state since an anchor is background, not a report.
    for (let k = end; k < Math.min(to, end + 8); k++) {
      const w = tokens[k]!;
      if (w.lower === ';' || w.lower === ',' || w.kind === 'dash' || CUE_FORMS.matchAt(tokens, k, to)) break;
      // "marks 20 years since the collapse" counts time from the anchor: no anchor of the verb's own.
      if (w.lower === 'since' && !SPANS_OF_TIME.test(tokens[k - 1]?.lower ?? '')) return false;
    }
  }
  return true;
}

/** "fighting in May 2029": the month, not the modal (which opens a sentence when capitalised). */
const isMonth = (tokens: readonly Token[], k: number, from: number) =>
  tokens[k]!.text === 'May' && (k > from || /^\d/.test(tokens[k + 1]?.text ?? ''));

/** "marks 20 years since the collapse": a span of time before "since" counts from it. */
const SPANS_OF_TIME = /^(?:years|months|weeks|days|decades|anniversary)$/;

/** Is there a cue verb in tokens [from, to)? ("a dispute" is a noun, no cue.) */
function cueBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (CUE_FORMS.matchAt(tokens, k, to) && !DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** A noun right after an event noun makes it a modifier: "fighting vehicles", "strike force". */
function modifiesNext(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  const w = t.lower;
  if (
    PREPOSITIONS.has(w) ||
    CONJUNCTIONS.has(w) ||
    SUBORDINATORS.has(w) ||
    AUXILIARIES.has(w) ||
    DETERMINERS.has(w)
  )
    return false;
  if (POSSESSIVE_DETERMINERS.has(w) || PRONOUNS[w] !== undefined) return false;
  if (VERBS_AFTER_EVENT.has(w) || /(?:ly|ed|ing)$/.test(w) || EVENT_TRIGGERS.matchAt([t], 0)) return false;
  return true;
}

export interface ArticleInput {
  text: ArticleText;
  mentions: readonly Mention[];
  published: number | null;
  /** The headline, tokenised, with the mentions found in it. */
  title: { tokens: Token[]; mentions: Mention[] };
}

export function detectMentions(input: ArticleInput): EventMention[] {
  const { text, mentions } = input;
  const scope: Scope = {
    text,
    published: input.published,
    article: new EvidenceCounter(text.tokens, 0, text.tokens.length),
    out: [],
  };
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const title = input.title;
  scanSentence(scope, title.tokens, 0, title.tokens.length, -1, title.mentions, 0, 0);
  // Only sentences holding a trigger's first word, outside quotations, are read.
  const sentences = text.sentences;
  const tokens = text.tokens;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const si = text.sentenceAt[i]!;
    if (si === last || text.quoteAt[i]! >= 0 || !TRIGGER_FIRST_WORDS.has(tokens[i]!.lower)) continue;
    last = si;
    const s = sentences[si]!;
    scanSentence(scope, tokens, s.tokenStart, s.tokenEnd, si, bySentence.get(si) ?? NONE, s.start, s.end);
  }
  return scope.out;
}

const NONE: readonly Mention[] = [];

interface Scope {
  text: ArticleText;
  published: number | null;
  article: EvidenceCounter;
  out: EventMention[];
}

/** A trigger word inside a name ("Tom Riot", "Strike Force Ltd") reports nothing. */
const insideName = (ms: readonly Mention[], i: number) =>
  ms.some((m) => m.tokenEnd - m.tokenStart > 1 && m.tokenStart <= i && i < m.tokenEnd);

/** "the 1973 War Powers Act": a capitalised trigger in the name of a law or treaty. */
function namesInstrument(tokens: readonly Token[], start: number, end: number, to: number): boolean {
  if (!tokens[start]!.cap) return false;
  for (let k = end; k < Math.min(to, end + 4); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap) return false;
    if (INSTRUMENT_HEADS.has(t.lower)) return true;
  }
  return false;
}

/** The event mentions of one sentence (-1: the headline), appended to the scope's list. */
function scanSentence(
  scope: Scope,
  tokens: readonly Token[],
  from: number,
  to: number,
  sentence: number,
  ms: readonly Mention[],
  rangeStart: number,
  rangeEnd: number,
): void {
  const { out, published } = scope;
  const first = out.length;
  let clause: Clause | null = null;
  let counter: EvidenceCounter | null = null;
  let dates: DateSpan[] | null = null;
  let figures: FigureDoc[] | null = null;
  const quoteAt = scope.text.quoteAt;
  for (let i = from; i < to; i++) {
    if (sentence >= 0 && quoteAt[i]! >= 0) continue;
    const match = EVENT_TRIGGERS.matchAt(tokens, i, to);
    if (!match) continue;
    const start = i;
    i = match.end - 1;
    if (!match.value.length || insideName(ms, start) || namesInstrument(tokens, start, match.end, to))
      continue;
    clause ??= makeClause(tokens, from, to, ms);
    const sentenceCounter = (counter ??= new EvidenceCounter(tokens, from, to));
    const own = tokens.slice(start, match.end).map((t) => t.lower);
    const sense = chooseSense(match.value, own, sentenceCounter, scope.article);
    if (!sense) continue;
    const chosen = choosePos(match.value, sense, tokens, start, clause.byEnd);
    if (chosen.pos === 'noun' && modifiesNext(tokens[match.end])) continue;
    if (!asserted(tokens, from, to, start, match.end, chosen)) continue;
    dates ??= findDates(tokens, from, to, published);
    const triggerText = own.join(' ');
    const roles = findRoles(clause, chosen, start, match.end);
    // Headlines capitalise every word: only numbers there single an event out ("Three-Day Truce").
    // ("Three-Day Truce on Border" is a "three-day truce" on the "border" in a name: what no
    // mention names is written in lower case.)
    if (sentence < 0) {
      roles.specifiers = roles.specifiers.filter((x) => NUMBERED.test(x)).map((x) => x.toLowerCase());
      if (roles.objectPhrase) roles.objectPhrase = roles.objectPhrase.toLowerCase();
    }
    const prev = tokens[start - 1]?.lower ?? '';
    const noun =
      chosen.pos === 'verb'
        ? (chosen.noun ?? EVENT_TYPE_INFO[chosen.type].label)
        : chosen.weapon
          ? `${triggerText.replace(/s$/, '')} attack`
          : (chosen.noun ?? triggerText);
    out.push({
      type: chosen.type,
      pos: chosen.pos,
      trigger: triggerText,
      noun,
      nouns: [noun],
      evidence: sentenceCounter.count.bind(sentenceCounter),
      weapon: !!chosen.weapon,
      sentence,
      start: rangeStart,
      end: rangeEnd,
      roles,
      date: eventDate(tokens, dates, start, match.end, from, to),
      figures: (figures ??= findFigures(tokens, from, to)),
      definite: DEFINITE.has(prev) || tokens[start - 1]?.kind === 'possessive',
      subjectNoun: chosen.pos === 'verb' && tokens[start - 1]?.kind === 'word' ? prev : null,
      inPhrase: chosen.pos === 'noun' && insidePhrase(tokens, from, start, clause.byEnd),
      undated: published === null && hasWeekday(tokens, from, to),
      at: [start, match.end],
    });
  }
  // A date belongs to the trigger nearest to it: "signed on Monday …, ending a blockade".
  for (let a = first; a < out.length; a++) {
    const m = out[a]!;
    if (!m.date || m.date.start < 0) continue;
    for (let b = first; b < out.length; b++) {
      const x = out[b]!;
      if (x.type !== m.type && distanceTo(m.date, x) < distanceTo(m.date, m)) {
        m.date = null;
        break;
      }
    }
  }
}

const NUMBERED = /\d|-(?:day|year|week|month|hour)$/iu;
const DEFINITE = new Set(['the', 'such', 'this', 'that', 'these', 'those']);

/** Tokens between a date expression and a trigger (0 when they overlap). */
const distanceTo = (d: DateSpan, x: EventMention) =>
  d.end <= x.at[0] ? x.at[0] - d.end : d.start >= x.at[1] ? d.start - x.at[1] : 0;

export function makeClause(
  tokens: readonly Token[],
  start: number,
  end: number,
  mentions: readonly Mention[],
): Clause {
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.tokenStart < start || m.tokenEnd > end) continue;
    byStart.set(m.tokenStart, m);
    byEnd.set(m.tokenEnd, m);
  }
  return { tokens, start, end, byStart, byEnd };
}
