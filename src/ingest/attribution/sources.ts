/**
 * Source phrases: the noun phrase that says who speaks, next to a cue ("Sen. X", "a spokesman for
 * the campaign", "he", "two people familiar with the matter"), found on tokens and described by its
 * head. Which entity it denotes is decided later, in one place (speaker.ts). Pure.
 */
import { ORG_NOUNS } from '../lexicon/organizations.js';
import { ROLE_BY_FORM } from '../lexicon/roles.js';
import { SPEECH_NOUNS } from '../lexicon/cues.js';
import {
  AUXILIARIES,
  CONJUNCTIONS,
  CUE_ADVERBS,
  DETERMINERS,
  FIRST_PERSON,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  SENTENCE_OPENERS,
  SUBORDINATORS,
  CLAUSE_OPENERS,
  ASIDES,
  FRACTIONS,
  LY_NOUNS,
  SHARE_WORDS,
  NUMBER_WORDS,
  TIME_WORDS,
  PARTS_OF_DAY,
  PERIODS,
  RELATIVE_TIME,
  WEEKDAYS,
} from '../lexicon/words.js';
import { ANONYMOUS_HEADS, QUANTIFIERS } from '../lexicon/sources.js';
import type { Mention } from '../entities/mentions.js';
import type { ArticleText } from '../text/article-text.js';
import type { Token } from '../text/tokens.js';

export type SourceHead =
  /** A name: the entity it resolves to speaks. */
  | { kind: 'named'; mentions: Mention[] }
  | { kind: 'pronoun'; word: string }
  /** "the senator", "a Tull spokesman", "the company": a role or class noun, maybe owned. */
  | { kind: 'description'; noun: string; definite: boolean; owner: Mention | null; plural: boolean }
  /** "the report", "a statement": a document speaks; no entity. */
  | { kind: 'document'; noun: string; owner: Mention | null };

export interface SourcePhrase {
  tokenStart: number;
  tokenEnd: number;
  text: string;
  head: SourceHead;
}

/** Token → index of the mention covering it, or -1. */
export type MentionIndex = Int32Array;

export function mentionIndex(article: ArticleText, mentions: Mention[]): MentionIndex {
  const at = new Int32Array(article.tokens.length).fill(-1);
  mentions.forEach((m, i) => at.fill(i, m.tokenStart, m.tokenEnd));
  return at;
}

const MAX_SOURCE_TOKENS = 14;
/** Prepositions that can follow a source's head: "a spokesman for X", "people familiar with X". */
const POST_MODIFIERS = new Set([
  'for',
  'of',
  'at',
  'with',
  'from',
  'in',
  'to',
  'close',
  'familiar',
  'on',
  'inside',
  'within',
  'near',
  'across',
  'among',
]);

const isNominal = (t: Token) => t.kind === 'word' || t.kind === 'number' || t.kind === 'possessive';

/**
 * The source phrase that ends right before token `end` (a cue), starting no earlier than `floor`.
 * Adverbs and auxiliaries between the phrase and the cue are skipped ("has also said").
 */
export function sourceBefore(
  article: ArticleText,
  mentions: Mention[],
  mentionAt: MentionIndex,
  end: number,
  floor: number,
): SourcePhrase | null {
  const t = article.tokens;
  let k = end - 1;
  for (let moved = true; moved; ) {
    moved = false;
    // ("Ada May said": a capitalised word after a name's word ends the name, whatever it means.)
    const inName = (j: number) => t[j]!.cap && j > floor && t[j - 1]!.cap && t[j - 1]!.kind === 'word';
    while (
      k >= floor &&
      t[k]!.kind === 'word' &&
      !inName(k) &&
      (CUE_ADVERBS.has(t[k]!.lower) || AUXILIARIES.has(t[k]!.lower) || isMannerAdverb(t[k]!))
    ) {
      k--;
    }
    // "NAME earlier Thursday said", "officials this week said": a time between subject and cue.
    const time = timeBefore(t, k, floor);
    if (time < k) ((k = time), (moved = true));
    // "NAME, meanwhile, said", "Leaders in X, for instance, say": an aside between commas.
    const aside = asideBefore(t, k, floor);
    if (aside < k) ((k = aside), (moved = true));
  }
  k = skipParenthetical(t, k, floor);
  k = skipDashAside(t, k, floor);
  if (k < floor) return null;
  const last = k;
  const w = t[last]!;
  // "experts who say …", "NAME, who …, said": a relative pronoun stands for the phrase before it.
  if (w.kind === 'word' && (w.lower === 'who' || w.lower === 'which') && last > floor) {
    // (", who …" or " - who … -")
    const before =
      t[last - 1]!.text === ',' || t[last - 1]!.kind === 'dash' || t[last - 1]!.text === '-'
        ? last - 1
        : last;
    const antecedent = phraseEndingAt(article, mentions, mentionAt, before, floor);
    // "NAME, a network of groups, which said": the name the description is in apposition to.
    if (antecedent?.head.kind === 'description' && t[antecedent.tokenStart - 1]?.text === ',') {
      const named = phraseEndingAt(article, mentions, mentionAt, antecedent.tokenStart - 1, floor);
      if (named?.head.kind === 'named' && !isPlace(named)) return named;
    }
    if (antecedent && antecedent.head.kind !== 'document' && !isPlace(antecedent)) return antecedent;
    return openingPhrase(article, mentions, mentionAt, floor, last);
  }
  if (w.text !== ',') {
    const phrase = phraseEndingAt(article, mentions, mentionAt, last + 1, floor);
    return phrase ? (antecedentOf(article, mentions, mentionAt, phrase, floor) ?? phrase) : null;
  }
  // "NAME, an adviser who …, said": a person opening the clause is the source, however long the
  // apposition after the name.
  const opening = openingPhrase(article, mentions, mentionAt, floor, last);
  if (opening && isPerson(opening)) return opening;
  // "NAME, a spokesman for X, said" / "his lawyer, NAME, said": a short apposition between commas.
  const open = matchingComma(t, last, floor);
  if (open !== null) {
    const outer = phraseEndingAt(article, mentions, mentionAt, open, floor);
    const inner = phraseEndingAt(article, mentions, mentionAt, last, open + 1);
    const whole = inner?.tokenStart === open + 1 ? inner : null;
    const person = (p: SourcePhrase | null | undefined) =>
      p?.head.kind === 'named' && p.head.mentions.every((m) => m.kind === 'person');
    const chosen = person(outer)
      ? outer
      : person(whole)
        ? whole
        : outer?.head.kind === 'named'
          ? outer
          : whole?.head.kind === 'named'
            ? whole
            : outer;
    if (chosen)
      return {
        ...chosen,
        tokenStart: outer?.tokenStart ?? chosen.tokenStart,
        tokenEnd: last,
        text: textOf(article, outer?.tokenStart ?? chosen.tokenStart, last),
      };
  }
  // "NAME, 55, a salesman from X, Y, says" / "NAME, who …, said": the phrase opening the clause.
  return openingPhrase(article, mentions, mentionAt, floor, last);
}

/** "justifiably", "privately": a lower-case -ly adverb, not a noun that ends so ("family", "ally"). */
function isMannerAdverb(w: Token): boolean {
  return (
    !w.cap &&
    w.lower.length > 4 &&
    w.lower.endsWith('ly') &&
    !LY_NOUNS.has(w.lower) &&
    !ROLE_BY_FORM.has(w.lower) &&
    !ORG_NOUNS.has(w.lower)
  );
}

/** ", meanwhile," / ", for instance," ending at token k (a comma): the index before it. */
function asideBefore(t: Token[], k: number, floor: number): number {
  if (t[k]?.text !== ',') return k;
  let j = k - 1;
  if (j >= floor && ASIDES.has(t[j]!.lower)) j--;
  else if (j - 1 >= floor && /^(?:instance|example)$/.test(t[j]!.lower) && t[j - 1]!.lower === 'for') j -= 2;
  else return k;
  return j >= floor && t[j]!.text === ',' ? j - 1 : k;
}

/** "Thursday", "on Thursday", "this week", "last month" ending at token k: the index before it. */
function timeBefore(t: Token[], k: number, floor: number): number {
  const w = t[k];
  if (!w || k < floor || w.kind !== 'word') return k;
  if (WEEKDAYS.has(w.text)) {
    let j = k - 1;
    if (j >= floor && (RELATIVE_TIME.has(t[j]!.lower) || /^(?:on|late|early)$/.test(t[j]!.lower))) j--;
    return j;
  }
  if (PERIODS.has(w.lower) && k - 1 >= floor && RELATIVE_TIME.has(t[k - 1]!.lower)) return k - 2;
  // "less than two weeks ago", "a month ago".
  if (w.lower === 'ago' && k - 2 >= floor && TIME_WORDS.has(t[k - 1]!.lower)) {
    let j = k - 2;
    if (
      t[j]!.kind !== 'number' &&
      !NUMBER_WORDS[t[j]!.lower] &&
      !/^(?:a|an|few|several|many)$/.test(t[j]!.lower)
    )
      return k;
    j--;
    if (j >= floor && /^(?:a|few)$/.test(t[j]!.lower)) j--;
    if (j - 1 >= floor && t[j]!.lower === 'than' && /^(?:less|more)$/.test(t[j - 1]!.lower)) j -= 2;
    return j;
  }
  if (PARTS_OF_DAY.has(w.lower) && k - 1 >= floor && WEEKDAYS.has(t[k - 1]!.text))
    return timeBefore(t, k - 1, floor);
  return k;
}

const isPerson = (p: SourcePhrase) =>
  p.head.kind === 'named' && p.head.mentions.every((m) => m.kind === 'person');

/**
 * What a source phrase stands for when it is not the subject itself: "supporters who heard from
 * the campaign say" (the phrase before "who"), "Sen. NAME (D-NY), a supporter of …, told" (the
 * person a description is in apposition to).
 */
function antecedentOf(
  article: ArticleText,
  mentions: Mention[],
  mentionAt: MentionIndex,
  phrase: SourcePhrase,
  floor: number,
): SourcePhrase | null {
  const t = article.tokens;
  const before = t[phrase.tokenStart - 1];
  if (before?.kind === 'word' && /^(?:who|that)$/.test(before.lower)) {
    // The relative clause runs back to its noun: walk left to the nearest phrase with a head.
    for (let k = phrase.tokenStart - 2; k >= Math.max(floor, phrase.tokenStart - 16); k--) {
      if (t[k]!.lower !== 'who' && t[k]!.lower !== 'that') continue;
      const head = phraseEndingAt(article, mentions, mentionAt, t[k - 1]?.text === ',' ? k - 1 : k, floor);
      if (head && head.head.kind !== 'document' && !isPlace(head)) return head;
    }
    const head = phraseEndingAt(article, mentions, mentionAt, phrase.tokenStart - 1, floor);
    if (head && head.head.kind !== 'document' && !isPlace(head)) return head;
  }
  if (phrase.head.kind === 'description' && before?.text === ',') {
    const named = phraseEndingAt(article, mentions, mentionAt, phrase.tokenStart - 1, floor);
    if (named && isPerson(named)) return named;
  }
  return null;
}

const isPlace = (p: SourcePhrase) =>
  p.head.kind === 'named' && p.head.mentions.every((m) => m.kind === 'place');

/**
 * The phrase that opens a clause at `floor` and is closed by a comma, when everything up to `last`
 * (a comma before the cue) is its apposition or relative clause: no quotation in between.
 */
function openingPhrase(
  article: ArticleText,
  mentions: Mention[],
  mentionAt: MentionIndex,
  floor: number,
  last: number,
): SourcePhrase | null {
  const t = article.tokens;
  let a = floor;
  // ""…," NAME, the frontrunner …, said": the clause starts after the quotation it attributes.
  const q = article.quoteAt[a]!;
  if (q >= 0 && article.quotes[q]!.open === a) {
    a = article.quotes[q]!.last + 1;
    while (a < last && (t[a]!.text === ',' || t[a]!.kind === 'quote')) a++;
  }
  while (a < last && (t[a]!.kind === 'quote' || CLAUSE_OPENERS.has(t[a]!.lower))) a++;
  let comma = -1;
  for (let j = a; j < last; j++) {
    // A short quoted title inside the apposition ("wearing "Ana Tull" pins") is no quotation.
    if ((t[j]!.kind === 'quote' || article.quoteAt[j]! >= 0) && comma < 0) return null;
    if (comma < 0 && t[j]!.text === ',') comma = j;
  }
  if (comma < 0 || last - a > 45) return null;
  // "Farmers, who depend on X, are among the most exposed, said Y": a segment opening with a verb
  // is the clause's own predicate, so the phrase is a content's subject, not a source.
  for (let j = comma + 1; j < last; j++) {
    if (t[j]!.text === ',' && t[j + 1]?.kind === 'word' && AUXILIARIES.has(t[j + 1]!.lower)) return null;
  }
  const phrase = phraseEndingAt(article, mentions, mentionAt, comma, a);
  if (!phrase || phrase.tokenStart !== a || phrase.head.kind === 'document' || isPlace(phrase)) return null;
  return { ...phrase, tokenEnd: last, text: textOf(article, a, last) };
}

/** The source phrase that starts at token `start` (after an inverted cue: "said NAME"). */
export function sourceAfter(
  article: ArticleText,
  mentions: Mention[],
  mentionAt: MentionIndex,
  start: number,
  limit: number,
): SourcePhrase | null {
  const t = article.tokens;
  let k = start;
  // The phrase runs to a comma, a period or a preposition after its head ("said X in a statement").
  let sawHead = false;
  while (k < limit && k - start < MAX_SOURCE_TOKENS) {
    const w = t[k]!;
    if (!isNominal(w) && !(w.text === '.' && /^\p{Lu}$/u.test(t[k - 1]?.text ?? ''))) break;
    if (sawHead && w.kind === 'word' && PREPOSITIONS.has(w.lower) && !/^(?:of|for)$/.test(w.lower)) break;
    if (w.kind === 'word' && (SUBORDINATORS.has(w.lower) || CONJUNCTIONS.has(w.lower)) && w.lower !== 'of')
      break;
    // A verb inside means a clause, not a source: "said the Boeing was …".
    if (w.kind === 'word' && AUXILIARIES.has(w.lower)) return null;
    if (mentionAt[k]! >= 0 || ROLE_BY_FORM.has(w.lower) || PRONOUNS[w.lower] || ORG_NOUNS.has(w.lower))
      sawHead = true;
    k++;
  }
  if (k === start) return null;
  return phraseEndingAt(article, mentions, mentionAt, k, start);
}

/**
 * The longest plausible noun phrase ending at `end`: walking left over nominal words, stopping at
 * clause boundaries (punctuation, conjunctions, subordinators, verbs we know as cues).
 */
function phraseEndingAt(
  article: ArticleText,
  mentions: Mention[],
  mentionAt: MentionIndex,
  end: number,
  floor: number,
): SourcePhrase | null {
  const t = article.tokens;
  end = skipParenthetical(t, end - 1, floor) + 1;
  let a = end;
  while (a - 1 >= floor && end - (a - 1) <= MAX_SOURCE_TOKENS) {
    const w = t[a - 1]!;
    if (mentionAt[a - 1]! >= 0) {
      a = mentions[mentionAt[a - 1]!]!.tokenStart;
      continue;
    }
    if (!isNominal(w)) {
      // "and" joins two names ("the United States and NATO said").
      break;
    }
    if (
      w.kind === 'word' &&
      (SUBORDINATORS.has(w.lower) || (CONJUNCTIONS.has(w.lower) && !joinsNames(a - 1)))
    )
      break;
    if (w.kind === 'word' && AUXILIARIES.has(w.lower)) break;
    // "Then she added …", "Later he said …": an adverb opens the clause, not the phrase.
    // ("the agency's first report", "its former head": an adjective after a determiner.)
    const adjective =
      DETERMINERS.has(t[a - 2]?.lower ?? '') ||
      POSSESSIVE_DETERMINERS.has(t[a - 2]?.lower ?? '') ||
      t[a - 2]?.kind === 'possessive';
    if (w.kind === 'word' && !w.cap && CUE_ADVERBS.has(w.lower) && !adjective) break;
    if (w.kind === 'word' && w.cap && CUE_ADVERBS.has(w.lower) && a - 1 === floor) break;
    a--;
  }
  if (a >= end) return null;
  // "On Monday he said": a subject pronoun is a whole phrase; what stands before it is not its part.
  const lastWord = t[end - 1]!;
  if (
    lastWord.kind === 'word' &&
    end - 1 > a &&
    (PRONOUNS[lastWord.lower] || FIRST_PERSON.has(lastWord.lower)) &&
    !POSSESSIVE_DETERMINERS.has(lastWord.lower)
  ) {
    a = end - 1;
  }
  // A phrase starting with a preposition is a circumstance ("In a statement, …"): drop it.
  // ("About four in 10", "Over 60 percent" are shares, not circumstances.)
  const share = (i: number) =>
    SHARE_WORDS.has(t[i]!.lower) &&
    (t[i + 1]?.kind === 'number' || NUMBER_WORDS[t[i + 1]?.lower ?? ''] !== undefined);
  while (
    a < end &&
    t[a]!.kind === 'word' &&
    PREPOSITIONS.has(t[a]!.lower) &&
    mentionAt[a]! < 0 &&
    !share(a)
  ) {
    // "with 50 percent saying …": "with" opens the absolute phrase; its noun phrase follows.
    const skip = nextBoundary(a) ?? (t[a]!.lower === 'with' ? a + 1 : null);
    if (skip === null) return null;
    a = skip;
  }
  if (a >= end) return null;
  const head = headOf(article, mentions, mentionAt, a, end);
  if (!head) return null;
  return { tokenStart: a, tokenEnd: end, text: textOf(article, a, end), head };

  function joinsNames(i: number) {
    const next = t[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    return t[i]!.lower === 'and' && mentionAt[i - 1]! >= 0 && mentionAt[next]! >= 0;
  }
  /** After a leading prepositional phrase, the first token that could start the subject. */
  function nextBoundary(i: number): number | null {
    for (let j = i + 1; j < end; j++) if (t[j]!.text === ',') return j + 1;
    return null;
  }
}

/**
 * What the phrase [a, end) is about: its head is the last nominal before any post-modifier
 * ("a spokesman for the campaign" → spokesman); a name heading it speaks, a possessive or a
 * modifier name before a role noun is its owner ("Tull's spokesman", "a Tull aide").
 */
function headOf(
  article: ArticleText,
  mentions: Mention[],
  mentionAt: MentionIndex,
  a: number,
  end: number,
): SourceHead | null {
  const t = article.tokens;
  // The head region stops at the first post-modifier preposition that follows a nominal.
  let h = end;
  for (let i = a + 1; i < end; i++) {
    const w = t[i]!;
    if (mentionAt[i]! >= 0) continue;
    if (w.kind === 'word' && POST_MODIFIERS.has(w.lower) && !/^(?:of)$/.test(w.lower)) {
      h = i;
      break;
    }
    if (w.lower === 'of' && !isTitleOf(i)) {
      h = i;
      break;
    }
    // "one pastor supporting Mr. X", "lawyers representing the family": a participle with its object
    // after the noun modifies it; the object is not the head.
    if (isParticipleModifier(i)) {
      h = i;
      break;
    }
  }
  const inHead = (m: Mention) => m.tokenStart >= a && m.tokenEnd <= h;

  function isParticipleModifier(i: number): boolean {
    const w = t[i]!;
    const before = t[i - 1]!;
    const after = t[i + 1];
    if (w.kind !== 'word' || w.cap || !w.lower.endsWith('ing') || w.lower.length < 6) return false;
    if (before.kind !== 'word' || DETERMINERS.has(before.lower) || POSSESSIVE_DETERMINERS.has(before.lower))
      return false;
    return Boolean(after && (DETERMINERS.has(after.lower) || mentionAt[i + 1]! >= 0 || after.cap));
  }
  const headMentions: Mention[] = [];
  for (let i = a; i < h; i++) if (mentionAt[i]! >= 0) headMentions.push(mentions[mentionAt[i]!]!);
  const unique = [...new Set(headMentions)].filter(inHead);
  const lastToken = t[h - 1]!;
  const lastMention = mentionAt[h - 1]! >= 0 ? mentions[mentionAt[h - 1]!]! : null;
  if (lastMention && inHead(lastMention)) {
    // "the United States and NATO": every named conjunct speaks.
    const joined = unique.filter(
      (m) => m === lastMention || t[m.tokenEnd]?.lower === 'and' || t[m.tokenEnd]?.text === ',',
    );
    const conjuncts =
      joined.length > 1 && unique.every((m) => m.kind !== 'place') ? conjunction(unique) : [lastMention];
    return { kind: 'named', mentions: conjuncts };
  }
  const lower = lastToken.lower;
  // "Half of Vermont Democrats", "Most of the delegates": a share of a group speaks; no one by name.
  if (h - a === 1 && QUANTIFIERS.has(lower) && t[h]?.lower === 'of')
    return { kind: 'description', noun: lower, definite: false, owner: null, plural: true };
  // "74 percent", "about four in 10", "85% of Democrats": a share of those polled.
  if (isShare(a, h))
    return { kind: 'description', noun: 'share', definite: false, owner: null, plural: true };
  const pronoun = PRONOUNS[lower];
  if (pronoun && h - a === 1) return { kind: 'pronoun', word: lower };
  if (FIRST_PERSON.has(lower) && h - a === 1) return { kind: 'pronoun', word: lower };
  const owner = ownerIn(a, h);
  const definite =
    /^(?:the|this|that|these|those)$/.test(t[a]!.lower) ||
    POSSESSIVE_DETERMINERS.has(t[a]!.lower) ||
    owner !== null;
  const singular = lower.replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, '');
  const plural = singular !== lower;
  if (
    ROLE_BY_FORM.has(lower) ||
    ROLE_BY_FORM.has(singular) ||
    ANONYMOUS_HEADS.has(lower) ||
    ANONYMOUS_HEADS.has(singular)
  ) {
    return {
      kind: 'description',
      noun: ROLE_BY_FORM.has(lower) || ANONYMOUS_HEADS.has(lower) ? lower : singular,
      definite,
      owner,
      plural,
    };
  }
  if (ORG_NOUNS.has(lower) || ORG_NOUNS.has(singular)) {
    // "the Finnish carmaker": a demonym before a company is its nationality, not its owner.
    const orgOwner = owner?.via === 'demonym' ? null : owner;
    return {
      kind: 'description',
      noun: ORG_NOUNS.has(lower) ? lower : singular,
      definite: definite || owner !== null,
      owner: orgOwner,
      plural,
    };
  }
  if (SPEECH_NOUNS.has(lower) || SPEECH_NOUNS.has(singular))
    return { kind: 'document', noun: singular, owner };
  // A name the entity step could not resolve ("Mr. X" among several people called X): the
  // statement stands, its speaker kept as written.
  // "Polling shows", "Unemployment fell": an abstract noun or a gerund opening the sentence, which
  // the article also writes in lower case, names no one ("Police said" does).
  const commonOpener =
    h - a === 1 &&
    /(?:ing|ment|ness|ity)$/.test(lower) &&
    opensSentence(article, a) &&
    new RegExp(`\\b${escape(lower)}\\b`).test(article.text);
  if (
    lastToken.kind === 'word' &&
    lastToken.cap &&
    /\p{Ll}/u.test(lastToken.text) &&
    !SENTENCE_OPENERS.has(lastToken.text) &&
    h - a <= 4 &&
    !commonOpener
  ) {
    return { kind: 'description', noun: lower, definite: false, owner: null, plural: false };
  }
  // "Gallup's tracker", "the agency's figures": a thing a principal owns and publishes.
  const possessor = owner && t[owner.tokenEnd]?.kind === 'possessive' && owner.tokenEnd < h - 1;
  if (possessor && lastToken.kind === 'word' && /^\p{Ll}+$/u.test(lastToken.text) && !PRONOUNS[lower]) {
    return { kind: 'document', noun: singular, owner };
  }
  // "a young woman", "the man", "one voter": any noun with a determiner can be a source.
  const determined =
    DETERMINERS.has(t[a]!.lower) ||
    POSSESSIVE_DETERMINERS.has(t[a]!.lower) ||
    /^(?:one|two|three|several|many|most|some)$/.test(t[a]!.lower);
  const noun =
    /^\p{Ll}+$/u.test(lastToken.text) ||
    /^\p{Lu}\p{Ll}+s?$/u.test(lastToken.text) ||
    /^\p{N}+-\p{Ll}+(?:-\p{Ll}+)*$/u.test(lastToken.text);
  if (
    determined &&
    h - a >= 2 &&
    (lastToken.kind === 'word' || lastToken.kind === 'number') &&
    noun &&
    mentionAt[h - 1]! < 0
  ) {
    return { kind: 'description', noun: lower, definite, owner, plural };
  }
  return null;

  function isShare(from: number, to: number): boolean {
    let number = false;
    for (let i = from; i < to; i++) {
      const w = t[i]!;
      // ("Twenty-four percent": a number written as words.)
      const written = w.lower.split('-').every((part) => NUMBER_WORDS[part] !== undefined);
      if (w.kind === 'number' || written || FRACTIONS.has(w.lower)) number = true;
      else if (!SHARE_WORDS.has(w.lower)) return false;
    }
    return number;
  }
  function isTitleOf(i: number) {
    // "Secretary of State", "head of the agency" keep "of" inside a role's phrase only for titles.
    return ROLE_BY_FORM.has(t[i - 1]!.lower) && t[i + 1]?.cap === true && mentionAt[i + 1]! < 0;
  }
  function ownerIn(from: number, to: number): Mention | null {
    for (let i = from; i < to; i++) {
      const mi = mentionAt[i]!;
      if (mi >= 0 && mentions[mi]!.kind !== 'place') return mentions[mi]!;
    }
    // "a spokesman for the campaign": the owner after the head.
    for (let i = to; i < end; i++) {
      const mi = mentionAt[i]!;
      if (mi >= 0 && mentions[mi]!.kind !== 'place') return mentions[mi]!;
    }
    return null;
  }
}

function conjunction(ms: Mention[]): Mention[] {
  return [...new Map(ms.map((m) => [m.entityId, m])).values()];
}

/**
 * "a spokeswoman for the agency", "the company's filing": an owner the phrase names only by a class
 * noun, with "the"; coreference says which organisation it is. Returns the noun, or null.
 */
export function ownerNounOf(article: ArticleText, phrase: SourcePhrase): string | null {
  const t = article.tokens;
  for (let i = phrase.tokenStart + 1; i < phrase.tokenEnd; i++) {
    const w = t[i]!;
    if (w.kind !== 'word' || w.cap || !ORG_NOUNS.has(w.lower) || t[i - 1]!.lower !== 'the') continue;
    const after = t[i + 1];
    const owns = i + 1 >= phrase.tokenEnd || after?.kind === 'possessive';
    const before = t[i - 2]?.lower ?? '';
    if (owns && (after?.kind === 'possessive' || /^(?:for|of|at|from|with)$/.test(before))) return w.lower;
  }
  return null;
}

/**
 * "(NEMA)", "(D-Va.)", "(R)": a short parenthetical right before token `k + 1` is skipped; returns
 * the index of the token before it (or `k` when there is none).
 */
export function skipParenthetical(t: Token[], k: number, floor: number): number {
  if (t[k]?.text !== ')') return k;
  for (let j = k - 1; j >= Math.max(floor, k - 6); j--) if (t[j]!.text === '(') return j - 1;
  return k;
}

const isDash = (w: Token | undefined) => w?.kind === 'dash' || w?.text === '-';

/**
 * "NAME - who earlier said … - said": an aside between dashes right before token `k + 1` is
 * skipped; returns the index of the token before it (or `k` when there is none).
 */
export function skipDashAside(t: Token[], k: number, floor: number): number {
  if (!isDash(t[k])) return k;
  for (let j = k - 1; j >= Math.max(floor, k - 30); j--) if (isDash(t[j])) return j - 1;
  return k;
}

/** The comma that opens an apposition closed by the comma at `close`, or null. */
function matchingComma(t: Token[], close: number, floor: number): number | null {
  for (let j = close - 1; j >= Math.max(floor, close - 16); j--) {
    j = skipParenthetical(t, j, floor);
    const w = t[j]!;
    if (w.text === ',') return j;
    if (!isNominal(w) && w.text !== '-' && !(w.text === '.' && /^\p{Lu}$/u.test(t[j - 1]?.text ?? '')))
      return null;
  }
  return null;
}

export function textOf(article: ArticleText, a: number, b: number): string {
  return article.text.slice(article.tokens[a]!.start, article.tokens[b - 1]!.end);
}

/** The first word of its sentence, after any opening quote marks. */
function opensSentence(article: ArticleText, i: number): boolean {
  const start = article.sentences[article.sentenceAt[i]!]!.tokenStart;
  for (let k = start; k < i; k++) if (article.tokens[k]!.kind !== 'quote') return false;
  return true;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
