/**
 * Is an article's body prose? Pure. Ingestion refuses bodies that are not (base64, hex or binary
 * dumps, tables of numbers, lists of tokens): extraction would make thousands of junk entities of
 * them. Judged per paragraph from explicit evidence, then for the body as a whole, so that an
 * article with a table or a data line inside still passes on its prose.
 */
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  FIRST_PERSON,
  MODALS,
  OBJECT_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
} from '../lexicon/words.js';

/** Closed-class words: every sentence of English has some, no dump or table has any. */
const CLOSED_CLASS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...POSSESSIVE_DETERMINERS,
  ...Object.keys(PRONOUNS),
  ...FIRST_PERSON,
  ...OBJECT_PRONOUNS,
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...SUBORDINATORS,
  ...AUXILIARIES,
  ...MODALS,
  'not',
]);

/** Thresholds of the evidence, each measured on the visible (non-space) characters or tokens. */
export const PROSE_LIMITS = {
  /** Prose is mostly letters; a table is mostly digits, a binary dump mostly symbols. */
  minLetterShare: 0.5,
  /** Most tokens of prose are words; a base64 line is one 76-character token. */
  minWordShare: 0.5,
  /** No word of any language we read is longer (German compounds stay under it). */
  maxWordLength: 30,
  /** Share of closed-class words among words: about 40 % in English news, 0 in dumps. */
  minClosedClassShare: 0.08,
  /** The prose paragraphs must hold at least this share of the body's visible characters. */
  minProseShare: 0.3,
} as const;

/** Why a paragraph is not prose, in the order the evidence is weighed. */
export type NotProseReason =
  | 'no words'
  | 'mostly digits and symbols'
  | 'tokens that are not words'
  | 'no sentences';

export interface ParagraphEvidence {
  /** Visible (non-space) characters. */
  visible: number;
  letterShare: number;
  /** Tokens that are words: letters (with inner apostrophes, hyphens or periods), not too long. */
  wordShare: number;
  closedClassShare: number;
  /** Whether a word is followed by sentence punctuation (". ", "?", "!" at the end). */
  endsSentence: boolean;
}

const LETTER = /\p{L}/gu;
/** A word with the punctuation around it: "(Reuters)", "don't", "U.S.", "well-known,". */
const WORD = /^[("“‘'[]*\p{L}[\p{L}\p{M}'’.-]*[)"”’'\],;:.!?…]*$/u;
const SENTENCE_END = /\p{L}[\p{L}'’)]*(?:[.!?…]["”’')\]]*(?:\s|$)|[。！？])/u;
/** Scripts written without spaces between words: a long token of them is a sentence, not a blob. */
const UNSPACED_SCRIPT = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}';
const UNSPACED = new RegExp(`^(?=.*[${UNSPACED_SCRIPT}])[${UNSPACED_SCRIPT}\\p{P}\\p{N}]+$`, 'u');
const isWord = (token: string) =>
  (token.length <= PROSE_LIMITS.maxWordLength && WORD.test(token)) || UNSPACED.test(token);
const bare = (token: string) => token.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

export function paragraphEvidence(text: string): ParagraphEvidence {
  const tokens = text.split(/\s+/).filter(Boolean);
  const visible = tokens.reduce((n, t) => n + t.length, 0);
  const letters = text.match(LETTER)?.length ?? 0;
  const words = tokens.filter(isWord);
  const closed = words.filter((w) => CLOSED_CLASS.has(bare(w))).length;
  return {
    visible,
    letterShare: visible ? letters / visible : 0,
    wordShare: tokens.length ? words.length / tokens.length : 0,
    closedClassShare: words.length ? closed / words.length : 0,
    endsSentence: SENTENCE_END.test(text),
  };
}

/**
 * A paragraph's verdict. Priorities: letters first (a table of numbers or binary data fails here);
 * then word shape (base64 and hex have letters but no words); then grammar: closed-class words or,
 * for languages other than English, a sentence that ends.
 */
export function paragraphVerdict(e: ParagraphEvidence): NotProseReason | null {
  if (e.letterShare < PROSE_LIMITS.minLetterShare) return 'mostly digits and symbols';
  if (e.wordShare < PROSE_LIMITS.minWordShare) return 'tokens that are not words';
  if (e.closedClassShare < PROSE_LIMITS.minClosedClassShare && !e.endsSentence) return 'no sentences';
  return null;
}

export interface ProseVerdict {
  prose: boolean;
  /** Share of the body's visible characters in prose paragraphs. */
  proseShare: number;
  /** When not prose: the reason of the paragraphs holding most of the rest. */
  reason?: NotProseReason;
}

/** The body is prose when its prose paragraphs hold enough of it (a table inside is fine). */
export function judgeProse(paragraphs: readonly string[]): ProseVerdict {
  const weights = new Map<NotProseReason, number>();
  let total = 0;
  let prose = 0;
  for (const text of paragraphs) {
    const evidence = paragraphEvidence(text);
    total += evidence.visible;
    const reason = paragraphVerdict(evidence);
    if (reason === null) prose += evidence.visible;
    else weights.set(reason, (weights.get(reason) ?? 0) + evidence.visible);
  }
  const proseShare = total ? prose / total : 0;
  if (total > 0 && proseShare >= PROSE_LIMITS.minProseShare) return { prose: true, proseShare };
  const reason = [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'mostly digits and symbols';
  return { prose: false, proseShare, reason };
}

/** The problem's message: starts with "not prose", says why and how much was. */
export function notProseMessage(verdict: ProseVerdict): string {
  const share = Math.round(verdict.proseShare * 100);
  return (
    `not prose: ${verdict.reason} (${share} % of the text reads as sentences): ` +
    'base64, binary data or a table is not an article, nothing was added'
  );
}
