/**
 * The clause grammar of attribution: for each cue, where its source and its content are. A small
 * set of shapes, tried in a fixed order on tokens (quotes are whole units):
 *
 *   trailing   CONTENT ,? SOURCE CUE [tail].      "…," she said. / …, officials said on Tuesday.
 *   inverted   CONTENT ,? CUE SOURCE [tail].      "…," said Gov. X. / …, says the report.
 *   split      QUOTE , SOURCE CUE , QUOTE         "…," he said, "…."  (one statement, two spans)
 *   forward    SOURCE CUE [addressee] [that] CONTENT   X told reporters that … / X said: "…"
 *   participle …, CUE-ing [that] CONTENT          …, adding that …  (source: the clause's subject)
 *   according  According to SOURCE, CONTENT / CONTENT, according to SOURCE.
 *   colon      SOURCE: QUOTE                      NAME, OUTLET: "…"
 *   signature  QUOTE ¶ - SOURCE                   "…" ¶ - NAME, Philadelphia.  "…" ― NAME
 *
 * The output names the source phrase and the content's token ranges; who the source is, is decided
 * in speaker.ts. Pure.
 */
import type { Mention } from '../entities/mentions.js';
import { CLAIM_NOUNS, NOUN_LIKE_FORMS, PARTICIPLE_PREPOSITIONS, SPEECH_NOUNS } from '../lexicon/cues.js';
import { ORG_NOUNS } from '../lexicon/organizations.js';
import { ANONYMOUS_HEADS } from '../lexicon/sources.js';
import { ROLE_BY_FORM } from '../lexicon/roles.js';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  CONTRASTS,
  CUE_ADVERBS,
  DETERMINERS,
  MONTHS,
  OBJECT_PRONOUNS,
  PARTS_OF_DAY,
  PERIODS,
  RELATIVE_TIME,
  TIME_ADVERBS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVE_PRONOUNS,
  SUBORDINATORS,
  TIME_WORDS,
  WEEKDAYS,
} from '../lexicon/words.js';
import { CUE_FORMS } from '../lexicon/gazetteer.js';
import type { ArticleText } from '../text/article-text.js';
import type { Token } from '../text/tokens.js';
import type { CueHit } from './cues.js';
import { sourceAfter, sourceBefore, textOf, type MentionIndex, type SourcePhrase } from './sources.js';

export type AttributionShape =
  | 'trailing'
  | 'inverted'
  | 'split'
  | 'forward'
  | 'participle'
  | 'according'
  | 'colon'
  | 'signature';

export interface Attribution {
  cue: CueHit;
  shape: AttributionShape;
  /** null for a participle: its source is the subject of the clause it hangs on. */
  source: SourcePhrase | null;
  /** Token ranges [a, b) of what was said, in order. */
  content: [number, number][];
  /** The sentence's attribution this participle hangs on, if any. */
  governor?: Attribution;
  /** "X put it this way:": no content in the sentence; the quotation that follows is it. */
  announces?: boolean;
  /** A news outlet or platform where it was said ("told CNN", "on Twitter", "state television"). */
  medium: Mention | string | null;
  /** Whom it was said of, outside the content ("says of X, "…""): the statement is about it too. */
  topic?: [number, number];
}

/** Words that can open the circumstances after a cue ("said on Tuesday in a statement"). */
const TAIL_TIME_WORDS = new Set([
  'here',
  'there',
  'last',
  'this',
  'next',
  'yesterday',
  'today',
  'tonight',
  'earlier',
  'later',
  'recently',
  'again',
  'also',
  'repeatedly',
  'once',
  'twice',
  'privately',
  'publicly',
  'afterward',
  'afterwards',
  'then',
  'now',
  'late',
  'early',
]);
const CIRCUMSTANCE_OPENERS = new Set([
  ...PREPOSITIONS,
  ...TAIL_TIME_WORDS,
  'when',
  'while',
  'as',
  'after',
  'before',
  'during',
  'told',
  'telling',
  'speaking',
  'according',
]);
/** Verbs whose content is a characterisation in quotes: "called the deal "a failure"". */
const CHARACTERISING = new Set(['call', 'describe', 'brand', 'dub']);

/** Addressees that are media: where the statement was made ("told state television"). */
const MEDIA_NOUNS = new Set([
  'television',
  'tv',
  'radio',
  'newspaper',
  'broadcaster',
  'network',
  'channel',
  'media',
  'agency',
  'podcast',
]);

const CLAUSE_JOINS = new Set(['and', 'but', 'though', 'although', 'while', 'whereas', 'yet', ';']);

export function attributeSentence(
  article: ArticleText,
  mentions: Mention[],
  mentionAt: MentionIndex,
  cues: CueHit[],
): Attribution[] {
  const t = article.tokens;
  const out: Attribution[] = [];
  if (!cues.length) return out;
  const s = article.sentences[cues[0]!.sentence]!;
  let end = s.tokenEnd;
  while (end > s.tokenStart && /^[.!?]$/.test(t[end - 1]!.text) && article.quoteAt[end - 1]! < 0) end--;
  let floor = s.tokenStart;
  // "A woman who accused NAME of fraud said …": the main verb's subject is the relative clause's.
  let carried: { cue: CueHit; source: SourcePhrase } | null = null;

  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci]!;
    const next = cues[ci + 1];
    if (carried?.cue === cue) {
      const main = forwardFrom(cue, carried.source, next);
      carried = null;
      if (main) {
        out.push(main);
        floor = Math.max(cue.tokenEnd, main.content[0]?.[0] ?? end);
        continue;
      }
    }
    if (cue.tokenStart < floor) continue;
    const made = analyse(cue, floor, next);
    if (!made) continue;
    out.push(made);
    if (next && made.source && relativeActOn(made, next)) {
      // The act ends where the main verb starts; the main verb speaks for the relative's noun.
      made.content = made.content.map(([a, b]) => [a, Math.min(b, elidedStart(next.tokenStart))]);
      carried = { cue: next, source: made.source };
      floor = next.tokenStart;
      continue;
    }
    // A later cue may sit inside this content (nested speech): it is analysed too, from its own
    // source on; cues before the content's end that belong to no content are skipped.
    // Nested cues inside a forward content are analysed too ("X said Y told them …"); nothing
    // between the cue and its content is (a colon, an addressee).
    const contentStart = made.content[0]?.[0] ?? end;
    floor =
      made.shape === 'forward' ||
      made.shape === 'participle' ||
      (made.shape === 'according' && contentStart > cue.tokenStart)
        ? Math.max(cue.tokenEnd, contentStart)
        : Math.max(...made.content.map(([, b]) => b), cue.tokenEnd);
    // "NAME - who said A - said B": after an aside between dashes the main clause resumes, its
    // subject before the aside.
    const after = t[made.content.at(-1)?.[1] ?? -1];
    if (made.shape === 'forward' && after && (after.kind === 'dash' || after.text === '-'))
      floor = s.tokenStart;
    // The same after a relative clause between commas: "NAME, who said A, said B".
    const relative = /^(?:who|which)$/.test(t[cue.tokenStart - 1]?.lower ?? '');
    const closes = made.content.at(-1)?.[1] ?? -1;
    if (
      made.shape === 'forward' &&
      relative &&
      after?.text === ',' &&
      next &&
      next.tokenStart - closes <= 3
    ) {
      floor = s.tokenStart;
    }
  }
  return out;

  function analyse(cue: CueHit, floor: number, next: CueHit | undefined): Attribution | null {
    if (cue.shape === 'according-to') return according(cue, floor);
    if (cue.shape === 'colon') return colon(cue, floor);
    if (cue.shape === 'signature') return signature(cue);
    if (cue.participle) return participle(cue);
    const made = trailingOrInverted(cue, floor, next) ?? forward(cue, floor, next);
    if (made) return made;
    // "X said A and added that B", "X met them and said …": the cue's subject is elided.
    const join = t[elidedStart(cue.tokenStart) - 1];
    if (!join || !CLAUSE_JOINS.has(join.lower) || NOUN_LIKE_FORMS.has(cue.form)) return null;
    if (out.length) return participle(cue);
    const subject = sentenceSubject(cue.tokenStart);
    const made2 = subject ? forwardFrom(cue, subject, next) : null;
    return made2;
  }

  /** CONTENT ,? SOURCE CUE [tail] / CONTENT ,? CUE SOURCE [tail] / QUOTE , SOURCE CUE , QUOTE. */
  function trailingOrInverted(cue: CueHit, floor: number, next: CueHit | undefined): Attribution | null {
    const left = sourceBefore(article, mentions, mentionAt, cue.tokenStart, floor);
    // Trailing first: "…," her lawyer, NAME, told reporters.
    const trailing = left ? trailingFrom(cue, left, floor, next) : null;
    if (trailing) return trailing;
    // Inverted: the cue comes right after the content, the source after the cue. Not when a
    // subject opens the clause ("NAME, a professor at X, said the plan …").
    const beforeCue = contentEndingAt(cue.tokenStart, floor);
    // "NAME, the head of X, praised the efforts of Y": a verb acting on an object ("blamed",
    // "praised", "accused") has its source before it; what follows it is the one blamed or praised,
    // never the speaker.
    if (cue.entry?.frame === 'object') return null;
    const opensClause =
      left !== null && left.head.kind !== 'document' && left.tokenStart <= clauseStart(floor);
    if (beforeCue !== null && !opensClause && (!left || left.tokenStart <= beforeCue)) {
      const found = sourceAfter(article, mentions, mentionAt, cue.tokenEnd, end);
      const right = found ? (namedApposition(found) ?? found) : null;
      // ""…," said X, the state director, "and …"": the quotation goes on after the apposition.
      const second =
        right && t[beforeCue - 1]!.kind === 'quote' ? quoteAfterApposition(right.tokenEnd) : null;
      if (right && second)
        return { cue, shape: 'split', source: right, content: [[floor, beforeCue], second], medium: null };
      // "…," said X, a professor who …: an apposition may follow the inverted source.
      if (right && (tailOnly(right.tokenEnd, end) || appositionOnly(right.tokenEnd, end))) {
        return {
          cue,
          shape: 'inverted',
          source: right,
          content: [[floor, beforeCue]],
          medium: mediumIn(right.tokenEnd, end),
        };
      }
    }
    return null;
  }

  /** CONTENT ,? SOURCE CUE [tail] and QUOTE , SOURCE CUE , QUOTE. */
  function trailingFrom(
    cue: CueHit,
    left: SourcePhrase,
    floor: number,
    next: CueHit | undefined,
  ): Attribution | null {
    const contentEnd = contentEndingAt(left.tokenStart, floor);
    if (contentEnd === null) return null;
    // "Over the past week, Iran has threatened …": an opening adverbial is no content.
    const opener = t[clauseStart(floor)]!;
    const adverbial =
      opener.kind === 'word' &&
      (PREPOSITIONS.has(opener.lower) || SUBORDINATORS.has(opener.lower) || /ing$|ed$/.test(opener.lower));
    const from = clauseStart(floor);
    const onePhrase = !t
      .slice(from, contentEnd - 1)
      .some((w, k) => w.text === ',' && article.quoteAt[from + k]! < 0);
    // ("On Sunday's broadcast of "Meet the Nation," NAME said …": a quoted title ends the phrase.)
    const quoted = t[contentEnd - 1]!.kind === 'quote' && !isTitle(contentEnd - 1);
    if (!quoted && adverbial && onePhrase) return null;
    // A verb acting on an object ("described", "blamed") has its object after it: what stands
    // before its subject is no content, unless it is a quotation (""…," she scoffed").
    if (!quoted && cue.entry?.frame === 'object') return null;
    let rest = cue.tokenEnd;
    if (cue.entry?.frame === 'addressee' || cue.entry?.lemma === 'tell') rest = skipAddressee(rest);
    // "…," he said, "…": a second quote after the attribution is the same statement.
    const second = t[contentEnd - 1]!.kind === 'quote' ? quoteAfterComma(rest) : null;
    if (second)
      return { cue, shape: 'split', source: left, content: [[floor, contentEnd], second], medium: null };
    // "…," she said on CNN, though she added, "…": the tail stops where the next attribution's
    // clause starts.
    let tailEnd = end;
    if (next && next.tokenStart > rest) tailEnd = clauseBoundaryBefore(next.tokenStart, rest) ?? end;
    // After a quotation and its attribution, whatever follows is the narrator's ("told Bloomberg
    // Politics in May"), unless it is a clause of what was said ("… said that …") or quotes again.
    const quotesAgain = t
      .slice(rest, tailEnd)
      .some((w, k) => w.kind === 'quote' && !isTitle(rest + k) && !inNarration(rest, rest + k));
    const afterQuote = t[contentEnd - 1]!.kind === 'quote' && t[rest]?.lower !== 'that' && !quotesAgain;
    if (!afterQuote && !tailOnly(rest, tailEnd)) return null;
    return {
      cue,
      shape: 'trailing',
      source: left,
      content: [[floor, contentEnd]],
      medium: mediumIn(rest, end) ?? addresseeMedium(cue.tokenEnd, rest),
    };
  }

  /** SOURCE CUE [addressee] [circumstance] [that|:] CONTENT. */
  function forward(cue: CueHit, floor: number, next: CueHit | undefined): Attribution | null {
    const source = sourceBefore(article, mentions, mentionAt, cue.tokenStart, floor);
    return source ? forwardFrom(cue, source, next) : null;
  }

  function forwardFrom(cue: CueHit, source: SourcePhrase, next: CueHit | undefined): Attribution | null {
    let i = cue.tokenEnd;
    const frame = cue.entry?.frame ?? 'clause';
    const addressee = i;
    if (frame === 'addressee' || cue.entry?.lemma === 'tell') i = skipAddressee(i);
    const medium = addresseeMedium(addressee, i);
    // "urged residents to leave": the addressee and the infinitive are what was said.
    const directive = i > addressee && t[i]?.lower === 'to';
    i = skipCircumstance(i);
    // "X put it this way:", "X said:" closing the sentence: the quotation after it is the content.
    // ("He told his audience, to rowdy applause:").
    const colonAt = end < s.tokenEnd && t[end]?.text === ':' ? end : t[end - 1]?.text === ':' ? end - 1 : -1;
    const shortLead = t
      .slice(i, colonAt)
      .every((w) => w.kind === 'word' || w.kind === 'number' || w.text === ',');
    if (colonAt >= i && colonAt - i <= 8 && shortLead) {
      return { cue, shape: 'forward', source, content: [], medium, announces: true };
    }
    // "added a caveat: "…"", "responded pointedly, with a smile: "…"": a short phrase, a colon,
    // then the quotation.
    for (let k = i; k < Math.min(i + 10, end - 1); k++) {
      if (t[k]!.kind === 'word' || t[k]!.kind === 'number' || (t[k]!.text === ',' && k > i)) continue;
      if (t[k]!.text === ':' && t[k + 1]?.kind === 'quote') i = k;
      break;
    }
    // "says of X, "…"": who it is about, then the quotation, which is what was said.
    let saidOf: [number, number] | undefined;
    if (/^(?:of|about)$/.test(t[i]?.lower ?? '')) {
      for (let k = i + 1; k < Math.min(i + 9, end - 1); k++) {
        if (t[k]!.text === ',' && t[k + 1]?.kind === 'quote' && article.quoteAt[k + 1]! >= 0) {
          saidOf = [i + 1, k];
          i = k + 1;
        }
        if (t[k]!.kind !== 'word' && t[k]!.kind !== 'possessive') break;
      }
    }
    // "people accused of fraud", "a mayor praised for her calm": a verb acting on an object with no
    // object after it is a participle said of the noun before it; nobody speaks.
    if (frame === 'object' && i === cue.tokenEnd && PARTICIPLE_PREPOSITIONS.has(t[i]?.lower ?? ''))
      return null;
    // "rejected claims that …", "denied reports that …": what was denied is the clause.
    if (frame === 'object' && CLAIM_NOUNS.has(t[i]?.lower ?? '') && t[i + 1]?.lower === 'that') i++;
    const explicit =
      t[i]?.lower === 'that' ||
      t[i]?.text === ':' ||
      t[i]?.kind === 'quote' ||
      (t[i]?.text === ',' && t[i + 1]?.kind === 'quote');
    if (frame === 'explicit' && !explicit) return null;
    // "X, which called the blockades, said …": a relative clause closed right before the main verb
    // is an aside, and says something only when its content is explicit ("who said that …").
    if (/^(?:which|who)$/.test(t[cue.tokenStart - 1]?.lower ?? '') && next && !explicit) {
      let comma = -1;
      for (let k = i; k < next.tokenStart; k++) if (t[k]!.text === ',') comma = k;
      if (comma >= 0 && next.tokenStart - comma <= 3 && t.slice(i, comma).every((w) => w.kind !== 'quote'))
        return null;
    }
    if (frame === 'infinitive' && t[i]?.lower !== 'to' && !explicit) return null;
    // "said from Los Angeles", "told a rally in Ohio": circumstances, not content.
    const quantity =
      /^(?:at|about|around|over|under|up|more|nearly|almost)$/.test(t[i]?.lower ?? '') &&
      /^(?:least|most|to|than|\d.*)$/.test(t[i + 1]?.lower ?? '');
    const infinitive = t[i]?.lower === 'to' && (frame === 'addressee' || frame === 'infinitive' || directive);
    // "warned of more rain", "spoke about the deal": the topic is what was said.
    const topic = /^(?:of|about|against)$/.test(t[i]?.lower ?? '');
    if (
      t[i]?.kind === 'word' &&
      PREPOSITIONS.has(t[i]!.lower) &&
      !quantity &&
      !infinitive &&
      !topic &&
      end - i <= 8
    )
      return null;
    // "said on CNN's "New Day"": a quoted title after a preposition or a possessive.
    if (
      t[i]?.kind === 'quote' &&
      (t[i - 1]?.kind === 'possessive' || PREPOSITIONS.has(t[i - 1]?.lower ?? ''))
    )
      return null;
    // "rejected that demand": "that" is a determiner when no clause follows it.
    const thatDeterminer = t[i]?.lower === 'that' && shortPhrase(i + 1);
    if (!thatDeterminer)
      while (t[i] && (t[i]!.lower === 'that' || t[i]!.text === ':' || t[i]!.text === ',')) i++;
    let stop = end;
    if (next && next.tokenStart > i) {
      // "said A, but added that B": the content stops where the next cue's own clause starts.
      const boundary = clauseBoundaryBefore(next.tokenStart, i);
      if (boundary !== null) stop = boundary;
    }
    // "…, according to X" closes the content.
    for (let k = i; k < stop; k++)
      if (t[k]!.lower === 'according' && t[k + 1]?.lower === 'to') stop = trimBack(k);
    // "NAME - who said A - said B": an aside between dashes ends at its closing dash.
    const dash = (w: Token) => w.kind === 'dash' || w.text === '-';
    if (t.slice(source.tokenEnd, cue.tokenStart).some(dash)) {
      for (let k = i; k < stop; k++) {
        if (dash(t[k]!) && article.quoteAt[k]! < 0) {
          stop = k;
          break;
        }
      }
    }
    // "X said A, while Republicans went after B": a contrast the narrator draws ends the content.
    for (let k = i + 3; k < stop - 1; k++) {
      if (t[k]!.text === ',' && article.quoteAt[k]! < 0 && CONTRASTS.has(t[k + 1]!.lower)) {
        stop = k;
        break;
      }
    }
    // "While X said that …, she appears …": the subordinate clause ends where the main one begins.
    if (subordinateSubject(source)) stop = mainClauseStart(i, stop) ?? stop;
    stop = quoteBeforeParticiple(i, stop);
    // One word is no reported content ("does not believe happened"); a quotation may be that short.
    if (stop - i < 2 && t[i]?.kind !== 'quote') return null;
    // "called the deal "a failure"": a characterisation is its quotation.
    if (CHARACTERISING.has(cue.entry?.lemma ?? '')) {
      const q = lastQuoteIn(i, stop);
      if (q)
        return { cue, shape: 'forward', source, content: [q], medium, ...(saidOf ? { topic: saidOf } : {}) };
      // "who called him after the result": a telephone call, not a characterisation.
      const object = t[i]?.kind === 'word' && OBJECT_PRONOUNS.has(t[i]!.lower) ? i + 1 : -1;
      if (
        object > 0 &&
        (object >= stop || PREPOSITIONS.has(t[object]!.lower) || /^[,.;]$/.test(t[object]!.text))
      )
        return null;
    }
    // "denied firing first", "accused the government of …": an act on an object keeps its verb.
    const keepsVerb = frame === 'object' && (!explicit || thatDeterminer);
    const start = keepsVerb ? cue.tokenStart : directive ? addressee : i;
    return {
      cue,
      shape: 'forward',
      source,
      content: [[start, stop]],
      medium: medium ?? mediumIn(cue.tokenEnd, i),
      ...(saidOf ? { topic: saidOf } : {}),
    };
  }

  /**
   * "told the paper: "…," adding that …", "chanting "…," raising fears …": a quotation opening the
   * content is all of it when only a participle clause of the narrator's follows. Returns the
   * content's end.
   */
  function quoteBeforeParticiple(i: number, stop: number): number {
    const opening = t[i]?.kind === 'quote' ? article.quoteAt[i]! : -1;
    if (opening < 0 || article.quotes[opening]!.open !== i) return stop;
    const close = article.quotes[opening]!.last + 1;
    const after = t[close]?.text === ',' ? close + 1 : close;
    const commaInside = t[close - 2]?.text === ',' || t[close]?.text === ',';
    return close < stop && commaInside && /ing$/.test(t[after]?.lower ?? '') ? close : stop;
  }

  /** The source opens a clause that a subordinator introduces ("While X said …", "As she noted …"). */
  function subordinateSubject(source: SourcePhrase): boolean {
    const before = t[source.tokenStart - 1];
    return Boolean(
      before &&
        before.kind === 'word' &&
        SUBORDINATORS.has(before.lower) &&
        source.tokenStart - 1 === clauseStart(s.tokenStart),
    );
  }

  /** The comma, outside quotations, after which a new subject (a pronoun or a name) starts. */
  function mainClauseStart(from: number, to: number): number | null {
    for (let k = from; k < to - 1; k++) {
      if (t[k]!.text !== ',' || article.quoteAt[k]! >= 0) continue;
      const next = t[k + 1]!;
      if (
        (next.kind === 'word' && PRONOUNS[next.lower] && !POSSESSIVE_DETERMINERS.has(next.lower)) ||
        mentionAt[k + 1]! >= 0
      )
        return k;
    }
    return null;
  }

  /** At most two words, then the end of the clause: "that demand." */
  function shortPhrase(i: number): boolean {
    let k = i;
    while (k < end && t[k]!.kind === 'word' && k - i < 3) k++;
    return k - i <= 2 && (k >= end || /^[.,;]$/.test(t[k]!.text) || t[k]!.kind === 'dash');
  }

  /** The last quotation that closes inside [a, b), as a token range. */
  function lastQuoteIn(a: number, b: number): [number, number] | null {
    for (let k = b - 1; k >= a; k--) {
      const q = article.quoteAt[k]!;
      if (q >= 0 && article.quotes[q]!.open >= a)
        return [article.quotes[q]!.open, Math.min(article.quotes[q]!.last + 1, b)];
    }
    return null;
  }

  /** "told state television", "told CNN": an addressee that is a medium names where it was said. */
  function addresseeMedium(from: number, to: number): Mention | string | null {
    for (let k = from; k < to; k++) {
      const mi = mentionAt[k]!;
      if (mi >= 0 && mentions[mi]!.medium) return mentions[mi]!;
    }
    const last = t[to - 1];
    if (to > from && last && MEDIA_NOUNS.has(last.lower))
      return article.text.slice(t[from]!.start, last.end).replace(/^(?:the|a|an)\s+/i, '');
    return null;
  }

  /** ", adding that …": the source is the subject of the clause the participle hangs on. */
  function participle(cue: CueHit): Attribution | null {
    const frame = cue.entry?.frame ?? 'clause';
    let i = frame === 'addressee' ? skipAddressee(cue.tokenEnd) : cue.tokenEnd;
    i = skipCircumstance(i);
    if (frame === 'explicit' && t[i]?.lower !== 'that' && t[i]?.kind !== 'quote') return null;
    while (t[i] && (t[i]!.lower === 'that' || t[i]!.text === ':' || t[i]!.text === ',')) i++;
    if (end - i < 2) return null;
    // ", tweeting after the speech": a circumstance, not what was said.
    if (
      t[i]!.kind === 'word' &&
      (PREPOSITIONS.has(t[i]!.lower) || SUBORDINATORS.has(t[i]!.lower)) &&
      end - i <= 8
    )
      return null;
    const stop = quoteBeforeParticiple(i, end);
    const governor = out.at(-1);
    if (governor)
      return { cue, shape: 'participle', source: null, content: [[i, stop]], medium: null, governor };
    // "The judge imposed a sentence, saying …": the subject of the sentence.
    const subject = sentenceSubject(cue.tokenStart);
    return subject ? { cue, shape: 'participle', source: subject, content: [[i, stop]], medium: null } : null;
  }

  /** According to SOURCE, CONTENT  /  CONTENT, according to SOURCE. */
  function according(cue: CueHit, floor: number): Attribution | null {
    const srcEnd = nextComma(cue.tokenEnd, end) ?? end;
    const source = sourceAfter(article, mentions, mentionAt, cue.tokenEnd, srcEnd);
    if (!source) return null;
    // "X said Y, according to the state news agency Z": the outlet that carried X's statement.
    const previous = out.at(-1);
    const mediaNoun = t.slice(source.tokenStart, source.tokenEnd).some((w) => MEDIA_NOUNS.has(w.lower));
    const named = source.head.kind === 'named' ? source.head.mentions[0]!.text : null;
    const outlet =
      addresseeMedium(source.tokenStart, source.tokenEnd) ?? (mediaNoun ? (named ?? source.text) : null);
    if (
      previous?.content.length &&
      outlet &&
      previous.content.at(-1)![1] >= trimBack(cue.tokenStart) - 1 &&
      previous.content.at(-1)![1] <= cue.tokenStart
    ) {
      previous.medium = outlet;
      return null;
    }
    if (cue.tokenStart <= floor + 1) {
      let i = source.tokenEnd;
      while (t[i]?.text === ',') i++;
      if (end - i < 2) return null;
      return { cue, shape: 'according', source, content: [[i, end]], medium: null };
    }
    const contentEnd = trimBack(cue.tokenStart);
    if (contentEnd - floor < 2) return null;
    return { cue, shape: 'according', source, content: [[floor, contentEnd]], medium: null };
  }

  /**
   * QUOTE ¶ - SOURCE[, apposition].  A paragraph that only quotes, signed by the next one: the
   * quotations of that paragraph are the content.
   */
  function signature(cue: CueHit): Attribution | null {
    const source = sourceAfter(
      article,
      mentions,
      mentionAt,
      cue.tokenEnd,
      nextComma(cue.tokenEnd, end) ?? end,
    );
    if (!source || source.head.kind !== 'named') return null;
    const own = article.paragraphs[s.paragraph]!;
    // The quote signed is the paragraph before, or this one up to the dash.
    const p =
      own.tokenStart === cue.tokenStart
        ? article.paragraphs[s.paragraph - 1]!
        : { ...own, tokenEnd: cue.tokenStart };
    const content: [number, number][] = [];
    for (let k = p.tokenStart; k < p.tokenEnd; k++) {
      const q = article.quoteAt[k]!;
      if (q >= 0) {
        content.push([k, article.quotes[q]!.last + 1]);
        k = article.quotes[q]!.last;
      } else if (t[k]!.kind === 'word' || t[k]!.kind === 'number') return null;
    }
    return content.length ? { cue, shape: 'signature', source, content, medium: null } : null;
  }

  /** SOURCE: QUOTE — a name or description, a colon, a quotation. */
  function colon(cue: CueHit, floor: number): Attribution | null {
    const source = sourceBefore(article, mentions, mentionAt, cue.tokenStart, floor);
    if (!source || source.head.kind === 'document') return null;
    // "NAME, OUTLET: "…"" opens its sentence; "… surprised pollster NAME: "…"" ends on a person.
    const person = source.head.kind === 'named' && source.head.mentions.every((m) => m.kind === 'person');
    if (source.tokenStart !== floor && !person) return null;
    return { cue, shape: 'colon', source, content: [[cue.tokenEnd, end]], medium: null };
  }

  /**
   * Content ending right before token `at`: a quote (its closing mark, perhaps a comma after it)
   * or a clause closed by a comma. Returns the content's end (exclusive) or null.
   */
  function contentEndingAt(at: number, floor: number): number | null {
    let k = at - 1;
    if (k < floor) return null;
    if (t[k]!.text === ',' || t[k]!.kind === 'dash') k--;
    if (k < floor) return null;
    if (t[k]!.kind === 'quote' && article.quoteAt[k]! >= 0) return k + 1;
    // A comma-closed clause of at least three words ("Russia was pulling back, officials said").
    if ((t[at - 1]!.text === ',' || t[at - 1]!.kind === 'dash') && k + 1 - floor >= 3) return k + 1;
    return null;
  }

  /** After the cue (and its source), nothing but circumstances up to the sentence's end. */
  function tailOnly(from: number, to: number): boolean {
    let i = skipParenthetical(from);
    if (i >= to) return true;
    if (t[i]!.text === ',') {
      // ", adding …", ", to cheers from …", ", remarking that she is "looking for a team"":
      // whatever follows a comma after the attribution is the narrator's, unless it quotes again
      // outside a participle clause.
      const participle = /ing$/.test(t[i + 1]?.lower ?? '');
      for (let k = i + 1; k < to; k++) if (t[k]!.kind === 'quote' && !participle && !isTitle(k)) return false;
      return true;
    }
    const w = t[i]!;
    if (w.kind === 'quote') return false;
    if (!CIRCUMSTANCE_OPENERS.has(w.lower) && !WEEKDAYS.has(w.text) && !MONTHS.has(w.text)) return false;
    for (let k = i; k < to; k++) {
      // ", raising fears that …": a participle clause of the narrator's; the tail ends before it.
      if (t[k]!.text === ',' && /ing$/.test(t[k + 1]?.lower ?? '')) return true;
      if (t[k]!.lower === 'that' && !/^(?:in|of|on|at)$/.test(t[k - 1]?.lower ?? '')) return false;
      if (t[k]!.kind === 'quote' && k > i + 1 && !isTitle(k)) return false;
    }
    return true;
  }

  /** "(D-Va.)" after a name: skipped. */
  function skipParenthetical(i: number): number {
    if (t[i]?.text !== '(') return i;
    for (let k = i + 1; k < Math.min(i + 8, end); k++) if (t[k]!.text === ')') return k + 1;
    return i;
  }

  /** A quoted title, not a quotation: "on "Meet the Press"", "ABC's "This Week"", "the podcast "…"". */
  function isTitle(k: number): boolean {
    // Judged by what stands before the quotation's opening mark.
    const q = article.quoteAt[k]!;
    if (q >= 0) k = article.quotes[q]!.open;
    const before = t[k - 1];
    if (!before) return false;
    return (
      before.kind === 'possessive' ||
      PREPOSITIONS.has(before.lower) ||
      MEDIA_NOUNS.has(before.lower) ||
      SPEECH_NOUNS.has(before.lower) ||
      /^(?:titled|entitled|called|named|dubbed)$/.test(before.lower)
    );
  }

  /**
   * A quotation at `k` inside the narrator's subordinate clause after an attribution: "… told the
   * AP after hinting that "changes" could come", "… millions who could guess the "anyone" he meant".
   */
  function inNarration(from: number, k: number): boolean {
    for (let j = from; j < k; j++) {
      const w = t[j]!;
      if (w.kind !== 'word') continue;
      if (SUBORDINATORS.has(w.lower) || RELATIVE_PRONOUNS.has(w.lower) || (/ing$/.test(w.lower) && !w.cap))
        return true;
    }
    return false;
  }

  /**
   * ", a professor at X who …" up to the sentence's end, with no quotation in it but one that a
   * cue of its own introduces (", who said there were "too many" …").
   */
  function appositionOnly(from: number, to: number): boolean {
    const i = skipParenthetical(from);
    if (i >= to) return true;
    if (t[i]?.text !== ',' && !RELATIVE_PRONOUNS.has(t[i]?.lower ?? '')) return false;
    for (let k = i + 1; k < to; k++) {
      if (t[k]!.kind === 'word' && CUE_FORMS.matchAt(t, k, to)) return true;
      if (t[k]!.kind === 'quote' && !isTitle(k)) return false;
    }
    return true;
  }

  /** "said his best friend at college, NAME, who …": the person the description is. */
  function namedApposition(source: SourcePhrase): SourcePhrase | null {
    if (source.head.kind !== 'description') return null;
    // Past a short post-modifier ("at college") to the comma.
    let comma = source.tokenEnd;
    while (
      comma < Math.min(source.tokenEnd + 6, end) &&
      t[comma]!.text !== ',' &&
      (t[comma]!.kind === 'word' || mentionAt[comma]! >= 0)
    )
      comma++;
    if (t[comma]?.text !== ',') return null;
    const mi = mentionAt[comma + 1]!;
    if (mi < 0 || mentions[mi]!.kind !== 'person' || mentions[mi]!.tokenStart !== comma + 1) return null;
    const m = mentions[mi]!;
    const after = t[m.tokenEnd];
    if (after && after.text !== ',' && after.text !== '.' && after.kind !== 'quote' && after.text !== '(')
      return null;
    return {
      tokenStart: source.tokenStart,
      tokenEnd: m.tokenEnd,
      text: textOf(article, source.tokenStart, m.tokenEnd),
      head: { kind: 'named', mentions: [m] },
    };
  }

  /** ", the state director, "and …"": a quotation after a short apposition and a comma. */
  function quoteAfterApposition(from: number): [number, number] | null {
    if (t[from]?.text !== ',') return quoteAfterComma(from);
    for (let k = from + 1; k < Math.min(from + 14, end); k++) {
      if (t[k]!.kind === 'quote') return t[k - 1]!.text === ',' ? quoteAfterComma(k - 1) : null;
      if (
        t[k]!.kind !== 'word' &&
        t[k]!.kind !== 'possessive' &&
        t[k]!.kind !== 'number' &&
        t[k]!.text !== ',' &&
        t[k]!.text !== '.'
      )
        return null;
    }
    return null;
  }

  /** "told reporters", "told CNN", "told him", "warned the committee": the addressee after the cue. */
  function skipAddressee(i: number): number {
    const w = t[i];
    // ("warned that fuel …": "that" opens the content, no addressee.)
    if (!w || w.lower === 'that') return i;
    if (OBJECT_PRONOUNS.has(w.lower) && w.lower !== 'her') return i + 1;
    // "told her the plan …": "her" is the addressee when a new phrase follows it.
    if (
      w.lower === 'her' &&
      (DETERMINERS.has(t[i + 1]?.lower ?? '') || mentionAt[i + 1]! >= 0 || PRONOUNS[t[i + 1]?.lower ?? ''])
    )
      return i + 1;
    let k = i;
    if (DETERMINERS.has(w.lower) || POSSESSIVE_DETERMINERS.has(w.lower)) k++;
    let head = false;
    // The addressee runs until what starts the content or the circumstances: "that", a
    // preposition, a pronoun, a quotation, or a new phrase after its head.
    while (k < end && k < i + 8) {
      const x = t[k]!;
      const mi = mentionAt[k]!;
      if (mi >= 0) {
        // "told public broadcaster ZDF." names the addressee; "told reporters Dahl was …" starts the content.
        const after = t[mentions[mi]!.tokenEnd];
        const apposition = !after || /^[.,;:]$/.test(after.text) || PREPOSITIONS.has(after.lower);
        if (head && !apposition) break;
        k = mentions[mi]!.tokenEnd;
        head = true;
        if (t[k]?.kind === 'possessive') {
          k++;
          head = false;
        }
        continue;
      }
      if (x.kind !== 'word' && x.kind !== 'number') break;
      if (
        x.lower === 'that' ||
        PREPOSITIONS.has(x.lower) ||
        SUBORDINATORS.has(x.lower) ||
        AUXILIARIES.has(x.lower) ||
        PRONOUNS[x.lower]
      )
        break;
      if (head && (DETERMINERS.has(x.lower) || x.cap)) break;
      if (head && CUE_FORMS.matchAt(t, k, end)) break;
      k++;
      head = true;
    }
    return head ? k : i;
  }

  /** "on Tuesday", "in a statement", "in an interview with X", "last week", "Tuesday". */
  function skipCircumstance(i: number): number {
    for (let guard = 0; guard < 4; guard++) {
      const w = t[i];
      if (!w) return i;
      // ("said earlier bans had failed": "earlier" before a plural noun is the content's adjective.)
      const adjective = w.lower === 'earlier' && /^\p{Ll}+[^s]s$/u.test(t[i + 1]?.text ?? '');
      if ((WEEKDAYS.has(w.text) || TIME_ADVERBS.has(w.lower)) && !adjective) {
        i++;
        if (PARTS_OF_DAY.has(t[i]?.lower ?? '')) i++;
        continue;
      }
      if (
        RELATIVE_TIME.has(w.lower) &&
        (PERIODS.has(t[i + 1]?.lower ?? '') || WEEKDAYS.has(t[i + 1]?.text ?? ''))
      ) {
        i += 2;
        continue;
      }
      const pp = circumstancePhrase(i);
      if (pp === null) return i;
      i = pp;
      if (t[i]?.text === ',' && t[i + 1]?.lower !== 'that') i++;
    }
    return i;
  }

  /**
   * A prepositional phrase that sets a cue's scene, and where it ends: a time ("on Sunday", "in
   * March"), a speech act ("in a statement", "in an interview with CNN", "at a news conference in
   * Ohio"), a medium ("on Twitter", "on MSNBC"), or any short phrase that a "that" or a quotation
   * follows ("at the time that").
   */
  function circumstancePhrase(i: number): number | null {
    const w = t[i];
    if (!w || !/^(?:in|on|at|during|via|over|through|to|late|early|earlier|later)$/.test(w.lower))
      return null;
    let k = i + 1;
    while (
      t[k] &&
      /^(?:the|a|an|his|her|their|its|this|last|next|late|early|emailed|written|brief|televised|separate|recent|new|joint|weekly|radio|phone|telephone|news|press|video|campaign)$/.test(
        t[k]!.lower,
      )
    )
      k++;
    const head = t[k];
    if (!head) return null;
    const mi = mentionAt[k]!;
    const isTime =
      WEEKDAYS.has(head.text) ||
      MONTHS.has(head.text) ||
      PARTS_OF_DAY.has(head.lower) ||
      PERIODS.has(head.lower) ||
      /^(?:time|day|\d{4})$/.test(head.lower) ||
      head.kind === 'number';
    const isSpeech =
      SPEECH_NOUNS.has(head.lower) || /^(?:reporters|journalists|supporters)$/.test(head.lower);
    const isMedium = mi >= 0 && Boolean(mentions[mi]!.medium);
    if (isTime || isSpeech || isMedium) {
      k = isMedium ? mentions[mi]!.tokenEnd : k + 1;
      if (isTime && PARTS_OF_DAY.has(t[k]?.lower ?? '')) k++;
      if (isTime && t[k]?.kind === 'number') k++;
      // "… with CNN", "… in Ohio", "… on Tuesday": one more short phrase that names where or with whom.
      if (/^(?:with|to|in|on|at|for)$/.test(t[k]?.lower ?? '') && t[k + 1]) {
        const mj = mentionAt[k + 1]!;
        if (mj >= 0) k = mentions[mj]!.tokenEnd;
        else if (WEEKDAYS.has(t[k + 1]!.text) || (t[k + 1]!.lower === 'the' && mentionAt[k + 2]! >= 0))
          k = mentionAt[k + 2]! >= 0 ? mentions[mentionAt[k + 2]!]!.tokenEnd : k + 2;
      }
      return k;
    }
    // "at the time that …", "in part that …": a short phrase before an explicit complement.
    let j = i + 1;
    while (j < i + 7 && t[j] && t[j]!.kind === 'word' && t[j]!.lower !== 'that') j++;
    if (t[j]?.lower === 'that' || t[j]?.text === ':' || (t[j]?.text === ',' && t[j + 1]?.kind === 'quote'))
      return j;
    // "said during a taping of a town hall in Dayton, Ohio, that …": a longer scene closed by a
    // comma before "that", with no quotation inside.
    for (j = i + 1; j < Math.min(i + 24, end - 1); j++) {
      const x = t[j]!;
      if (x.kind === 'quote' || article.quoteAt[j]! >= 0 || x.lower === 'that') break;
      if (x.text === ',' && t[j + 1]?.lower === 'that') return j;
      if (x.kind !== 'word' && x.kind !== 'number' && x.text !== ',' && x.text !== '.') break;
    }
    return null;
  }

  /** Where a clause starting at `floor` really starts: after a quote mark or "But"/"And". */
  function clauseStart(floor: number): number {
    let a = floor;
    while (a < end && (t[a]!.kind === 'quote' || CLAUSE_OPENERS.has(t[a]!.lower))) a++;
    return a;
  }

  /** The subject opening the sentence (after an introductory phrase): a name or a pronoun. */
  function sentenceSubject(before: number): SourcePhrase | null {
    // "Back in 1999, Mr. X …", "On Tuesday, she …", "A few days later, X …": the subject after an
    // opening phrase; otherwise the sentence's first phrase.
    let comma = -1;
    for (let k = s.tokenStart; k < Math.min(s.tokenStart + 10, before); k++) {
      if (article.quoteAt[k]! >= 0) break;
      if (t[k]!.text === ',') {
        comma = k;
        break;
      }
    }
    const opener = comma >= 0 && comma + 1 < before && isAdverbial(s.tokenStart, comma);
    const first = opener ? null : subjectAt(s.tokenStart, before);
    if (first) return first;
    return comma >= 0 ? subjectAt(comma + 1, before) : null;
  }

  /** A phrase of time or circumstance: "In 1999", "After the vote", "A few days later". */
  function isAdverbial(a: number, b: number): boolean {
    const first = t[clauseStart(a)];
    // "In 1999,", "After the vote,", "Back then,", "Walking to the car,": a circumstance.
    const participle =
      first?.kind === 'word' && /^\p{Lu}\p{Ll}+ing$/u.test(first.text) && mentionAt[clauseStart(a)]! < 0;
    if (
      first &&
      (PREPOSITIONS.has(first.lower) ||
        SUBORDINATORS.has(first.lower) ||
        first.lower === 'back' ||
        participle)
    )
      return true;
    // A short phrase of time: "Days later", "A few weeks ago", "Last Tuesday".
    if (b - a > 5) return false;
    for (let k = a; k < b; k++) {
      const w = t[k]!;
      if (mentionAt[k]! >= 0) continue;
      if (
        TIME_WORDS.has(w.lower) ||
        WEEKDAYS.has(w.text) ||
        MONTHS.has(w.text) ||
        /^(?:1[89]|20)\d\d$/.test(w.text)
      )
        return true;
    }
    return false;
  }

  function subjectAt(from: number, before: number): SourcePhrase | null {
    let i = from;
    while (i < before && (t[i]!.kind !== 'word' || CLAUSE_OPENERS.has(t[i]!.lower))) i++;
    if (i >= before || article.quoteAt[i]! >= 0) return null;
    const mi = mentionAt[i]! >= 0 ? mentionAt[i]! : t[i]!.lower === 'the' ? mentionAt[i + 1]! : -1;
    if (mi >= 0) {
      let m = mentions[mi]!;
      // "Ukrainian President X": the title's owner comes first, the person after it.
      const nextMention = mentions[mi + 1];
      if (
        m.kind !== 'person' &&
        nextMention &&
        nextMention.tokenStart <= m.tokenEnd + 3 &&
        nextMention.kind === 'person'
      )
        m = nextMention;
      if (m.kind === 'place') return null;
      // ("Britain's competition regulator …, saying": the name owns the subject, which is a description.)
      const owns =
        t[m.tokenEnd]?.kind === 'possessive' && t[m.tokenEnd + 1]?.kind === 'word' && !t[m.tokenEnd + 1]!.cap;
      if (!owns)
        return {
          tokenStart: m.tokenStart,
          tokenEnd: m.tokenEnd,
          text: m.text,
          head: { kind: 'named', mentions: [m] },
        };
    }
    // "Mr. X", "Sen. X", "Chairman X", "the district party Chairman X": titles before the name.
    // ("Rival NAME", "Businessman NAME": a capitalised word the person's name left out is a title.)
    const person = mentionAt[i + 1]! >= 0 && mentions[mentionAt[i + 1]!]!.kind === 'person';
    if (mentionAt[i + 1]! >= 0 && (/\.$/.test(t[i]!.text) || (person && t[i]!.cap)))
      return subjectAt(i + 1, before);
    // "Former Ohio Gov. X", "Republican presidential candidate X", "Band member X": a person
    // after a role, past the words and names that modify it.
    let role = false;
    for (let k = i; k < Math.min(i + 8, before); k++) {
      const mi = mentionAt[k]!;
      if (mi >= 0) {
        if (mentions[mi]!.kind === 'person') {
          if (role) return subjectAt(k, before);
          break;
        }
        k = mentions[mi]!.tokenEnd - 1;
        continue;
      }
      if (t[k]!.kind !== 'word' && !(t[k]!.text === '.' && role)) break;
      if (ROLE_BY_FORM.has(t[k]!.lower)) role = true;
    }
    const w = t[i]!.lower;
    if (PRONOUNS[w] && /^(?:he|she|they|it)$/.test(w))
      return { tokenStart: i, tokenEnd: i + 1, text: t[i]!.text, head: { kind: 'pronoun', word: w } };
    // "The operator did not …, but said …": a description opening the sentence; one headed by a
    // noun we know ("The Republican candidate") over a shorter one ("The Republican").
    let first: SourcePhrase | null = null;
    for (let k = i; k < Math.min(i + 4, before); k++) {
      const phrase = sourceBefore(article, mentions, mentionAt, k + 1, i);
      if (!phrase || phrase.tokenStart !== i || phrase.head.kind !== 'description') continue;
      const noun = phrase.head.noun;
      if (ROLE_BY_FORM.has(noun) || ORG_NOUNS.has(noun) || ANONYMOUS_HEADS.has(noun)) return phrase;
      first ??= phrase;
    }
    return first;
  }

  /**
   * Where the content of a cue must stop because the next cue starts a clause of its own: before
   * ", but SOURCE added", "and SOURCE said", or a bare "and added" whose subject is elided.
   */
  function clauseBoundaryBefore(cueAt: number, from: number): number | null {
    const src = sourceBefore(article, mentions, mentionAt, cueAt, from);
    let j = (src ? src.tokenStart : elidedStart(cueAt)) - 1;
    let boundary = false;
    while (j > from && (t[j]!.text === ',' || CLAUSE_JOINS.has(t[j]!.lower))) {
      boundary = true;
      j--;
    }
    return boundary ? j + 1 : null;
  }

  /**
   * "NOUN who accused NAME of fraud said …": an act on an object ("accused", "praised", "blamed")
   * in a relative clause takes no clause of its own, so a speech verb after it, with no comma,
   * "that" or quotation between, is the main verb of the noun the relative clause hangs on.
   */
  function relativeActOn(made: Attribution, next: CueHit): boolean {
    if (made.shape !== 'forward' || made.cue.entry?.frame !== 'object') return false;
    if (next.entry?.frame !== 'clause' && next.entry?.frame !== 'addressee') return false;
    if (!RELATIVE_PRONOUNS.has(t[elidedStart(made.cue.tokenStart) - 1]?.lower ?? '')) return false;
    for (let k = made.cue.tokenEnd; k < next.tokenStart; k++)
      if (t[k]!.text === ',' || t[k]!.lower === 'that' || t[k]!.kind === 'quote' || t[k]!.kind === 'dash')
        return false;
    return true;
  }

  /** The first adverb before a cue ("and later added"): where an elided subject would be. */
  function elidedStart(cueAt: number): number {
    let k = cueAt;
    while (k - 1 >= 0 && (CUE_ADVERBS.has(t[k - 1]!.lower) || AUXILIARIES.has(t[k - 1]!.lower))) k--;
    return k;
  }

  function quoteAfterComma(i: number): [number, number] | null {
    if (t[i]?.text !== ',' || t[i + 1]?.kind !== 'quote') return null;
    const q = article.quoteAt[i + 1]!;
    if (q < 0) return null;
    const quote = article.quotes[q]!;
    return [i + 1, Math.min(quote.last + 1, end)];
  }

  function nextComma(from: number, to: number): number | null {
    for (let k = from; k < to; k++) if (t[k]!.text === ',') return k;
    return null;
  }

  function trimBack(k: number): number {
    while (k > 0 && (t[k - 1]!.text === ',' || t[k - 1]!.kind === 'dash')) k--;
    return k;
  }

  function mediumIn(from: number, to: number): Mention | null {
    for (let k = from; k < to && k < from + 12; k++) {
      const mi = mentionAt[k]!;
      if (mi >= 0 && mentions[mi]!.medium) return mentions[mi]!;
    }
    return null;
  }
}
