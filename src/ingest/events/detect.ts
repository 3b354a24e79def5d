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
  CLAUSE_BREAKS, EVENT_TYPE_INFO, EVIDENCE, IRREALIS, IRREALIS_AFTER, NEGATORS_BY_TYPE, VERBS_AFTER_EVENT, type EvidenceName,
  type TriggerSense,
} from '../lexicon/events.js';
import { CUE_FORMS, EVENT_TRIGGERS } from '../lexicon/gazetteer.js';
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS, SUBORDINATORS } from '../lexicon/words.js';
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
}

const EVIDENCE_SETS = Object.fromEntries(Object.entries(EVIDENCE).map(([k, v]) => [k, new Set<string>(v)])) as Record<
  EvidenceName,
  Set<string>
>;

/** How many words of each evidence list occur among some tokens. */
export class EvidenceCounter {
  private readonly counts = new Map<EvidenceName, number>();
  constructor(private readonly words: ReadonlyMap<string, number>) {}
  count(name: EvidenceName): number {
    let n = this.counts.get(name);
    if (n === undefined) {
      n = 0;
      for (const w of EVIDENCE_SETS[name]) if (this.words.has(w)) n++;
      this.counts.set(name, n);
    }
    return n;
  }
  /** The count without the trigger's own words: "signed" is no evidence that "signed" is a signing. */
  countBesides(name: EvidenceName, own: readonly string[]): number {
    let n = this.count(name);
    for (const w of new Set(own)) if (EVIDENCE_SETS[name].has(w) && this.words.get(w) === 1) n--;
    return n;
  }
}

const wordsOf = (tokens: readonly Token[], from: number, to: number) => {
  const s = new Map<string, number>();
  for (let i = from; i < to; i++) s.set(tokens[i]!.lower, (s.get(tokens[i]!.lower) ?? 0) + 1);
  return s;
};

/** The sense the evidence supports best: the sentence first, then the whole article. */
function chooseSense(senses: readonly TriggerSense[], own: readonly string[], sentence: EvidenceCounter, article: EvidenceCounter): TriggerSense | null {
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
function choosePos(senses: readonly TriggerSense[], chosen: TriggerSense, tokens: readonly Token[], at: number, mentionEnds: Map<number, Mention>): TriggerSense {
  const same = senses.filter((s) => s.type === chosen.type);
  const verb = same.find((s) => s.pos === 'verb');
  const noun = same.find((s) => s.pos === 'noun');
  const prev = tokens[at - 1];
  // "to protest government plans": a noun form used as a verb.
  const next = tokens[at + 1];
  const objectFollows = !!next && next.kind === 'word' && !CONJUNCTIONS.has(next.lower) && !PREPOSITIONS.has(next.lower);
  if (!verb && noun && ((prev?.lower === 'to' && objectFollows) || (prev && AUXILIARIES.has(prev.lower) && prev.lower !== 'will'))) return { ...noun, pos: 'verb', noun: noun.noun ?? EVENT_TYPE_INFO[noun.type].label };
  if (!verb || !noun) return chosen;
  const m = mentionEnds.get(at);
  const verbal =
    (m && m.via !== 'demonym' && prev?.kind !== 'possessive') ||
    (prev && (PRONOUNS[prev.lower] !== undefined || AUXILIARIES.has(prev.lower) || prev.lower === 'to'));
  return verbal ? verb : noun;
}

const WEEKDAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday']);
const hasWeekday = (tokens: readonly Token[], from: number, to: number) => {
  for (let i = from; i < to; i++) if (WEEKDAY_WORDS.has(tokens[i]!.lower)) return true;
  return false;
};

/** Is the noun at `at` inside a prepositional phrase ("in an Israeli drone strike")? */
function insidePhrase(tokens: readonly Token[], from: number, at: number, mentionEnds: Map<number, Mention>): boolean {
  for (let k = at - 1; k >= from; k--) {
    const m = mentionEnds.get(k + 1);
    if (m) {
      k = m.tokenStart;
      continue;
    }
    const t = tokens[k]!;
    if (PREPOSITIONS.has(t.lower)) return true;
    if (t.kind === 'word' && !AUXILIARIES.has(t.lower) && !CUE_FORMS.matchAt(tokens, k) && !PRONOUNS[t.lower]) continue;
    if (t.kind === 'possessive' || t.kind === 'number') continue;
    return false;
  }
  return false;
}

/** Does the clause assert the event (not a threat, plan, denial, condition or anchor)? */
function asserted(tokens: readonly Token[], from: number, to: number, start: number, end: number, sense: TriggerSense): boolean {
  const pos = sense.pos;
  const negators = NEGATORS_BY_TYPE[sense.type];
  for (let k = start - 1; k >= Math.max(from, start - 8); k--) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w)) break;
    if (IRREALIS.has(w) || negators?.has(w)) return false;
    if (w === 'since' && pos === 'verb') return false;
  }
  if (pos === 'noun') {
    for (let k = end; k < Math.min(to, end + 5); k++) {
      const w = tokens[k]!.lower;
      if (CLAUSE_BREAKS.has(w) || w === ',') break;
      if (IRREALIS_AFTER.has(w)) return false;
    }
  } else {
    // "had attacked … since Moscow invaded": a state since an anchor is background, not a report.
    for (let k = end; k < to; k++) {
      const w = tokens[k]!;
      if (w.lower === ';' || w.kind === 'dash' || CUE_FORMS.matchAt(tokens, k, to)) break;
      // "marks 20 years since the collapse" counts time from the anchor: no anchor of the verb's own.
      if (w.lower === 'since' && !/^(?:years|months|weeks|days|decades|anniversary)$/.test(tokens[k - 1]?.lower ?? '')) return false;
    }
  }
  return true;
}

/** A noun right after an event noun makes it a modifier: "fighting vehicles", "strike force". */
function modifiesNext(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  const w = t.lower;
  if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || SUBORDINATORS.has(w) || AUXILIARIES.has(w) || DETERMINERS.has(w)) return false;
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
  const { text, mentions, published } = input;
  const article = new EvidenceCounter(wordsOf(text.tokens, 0, text.tokens.length));
  const out: EventMention[] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const scan = (tokens: readonly Token[], from: number, to: number, sentence: number, ms: readonly Mention[], range: [number, number]) => {
    const first = out.length;
    let clause: Clause | null = null;
    let counter: EvidenceCounter | null = null;
    let dates: DateSpan[] | null = null;
    const named = new Set<number>();
    for (const m of ms) if (m.tokenEnd - m.tokenStart > 1) for (let k = m.tokenStart; k < m.tokenEnd; k++) named.add(k);
    for (let i = from; i < to; i++) {
      if (sentence >= 0 && text.quoteAt[i]! >= 0) continue;
      // A trigger word inside a name ("Mark Galeotti", "Strike Force Ltd") reports nothing.
      if (named.has(i)) continue;
      const match = EVENT_TRIGGERS.matchAt(tokens, i, to);
      if (!match) continue;
      const start = i;
      i = match.end - 1;
      if (!match.value.length) continue;
      clause ??= makeClause(tokens, from, to, ms);
      counter ??= new EvidenceCounter(wordsOf(tokens, from, to));
      const own = tokens.slice(start, match.end).map((t) => t.lower);
      const sense = chooseSense(match.value, own, counter, article);
      if (!sense) continue;
      const chosen = choosePos(match.value, sense, tokens, start, clause.byEnd);
      if (chosen.pos === 'noun' && modifiesNext(tokens[match.end])) continue;
      if (!asserted(tokens, from, to, start, match.end, chosen)) continue;
      dates ??= findDates(tokens, from, to, published);
      const triggerText = tokens.slice(start, match.end).map((t) => t.lower).join(' ');
      const roles = findRoles(clause, chosen, start, match.end);
      // Headlines capitalise every word: only numbers there single an event out ("Three-Day Truce").
      if (sentence < 0) roles.specifiers = roles.specifiers.filter((s) => /\d|-(?:day|year|week|month|hour)$/iu.test(s));
      const prev = tokens[start - 1]?.lower ?? '';
      const noun = chosen.pos === 'verb'
        ? (chosen.noun ?? EVENT_TYPE_INFO[chosen.type].label)
        : chosen.weapon ? `${triggerText.replace(/s$/, '')} attack` : (chosen.noun ?? triggerText);
      const sentenceCounter = counter;
      out.push({
        type: chosen.type,
        pos: chosen.pos,
        trigger: triggerText,
        noun,
        nouns: [noun],
        evidence: (name) => sentenceCounter.count(name),
        weapon: !!chosen.weapon,
        sentence,
        start: range[0],
        end: range[1],
        roles,
        date: eventDate(tokens, dates, start, match.end, from, to),
        figures: findFigures(tokens, from, to),
        definite: ['the', 'such', 'this', 'that', 'these', 'those'].includes(prev) || tokens[start - 1]?.kind === 'possessive',
        subjectNoun: chosen.pos === 'verb' && tokens[start - 1]?.kind === 'word' ? prev : null,
        inPhrase: chosen.pos === 'noun' && insidePhrase(tokens, from, start, clause.byEnd),
        undated: published === null && hasWeekday(tokens, from, to),
        at: [start, match.end],
      });
    }
    // A date belongs to the trigger nearest to it: "signed on Monday …, ending a blockade".
    const mine = out.slice(first);
    for (const m of mine) {
      if (!m.date || m.date.start < 0) continue;
      const d = m.date;
      const distance = (x: EventMention) => (d.end <= x.at[0] ? x.at[0] - d.end : d.start >= x.at[1] ? d.start - x.at[1] : 0);
      if (mine.some((x) => x.type !== m.type && distance(x) < distance(m))) m.date = null;
    }
  };
  const title = input.title;
  scan(title.tokens, 0, title.tokens.length, -1, title.mentions, [0, 0]);
  text.sentences.forEach((s, si) => scan(text.tokens, s.tokenStart, s.tokenEnd, si, bySentence.get(si) ?? [], [s.start, s.end]));
  return out;
}

function makeClause(tokens: readonly Token[], start: number, end: number, mentions: readonly Mention[]): Clause {
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.tokenStart < start || m.tokenEnd > end) continue;
    byStart.set(m.tokenStart, m);
    byEnd.set(m.tokenEnd, m);
  }
  return { tokens, start, end, byStart, byEnd };
}
