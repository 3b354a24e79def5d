/**
 * Sentences of a paragraph, on tokens. A quotation is never cut: `"A. B," she said.` is one sentence,
 * so that an attribution stays with the whole quote it attributes. Pure.
 */
import { CUE_FORMS } from '../lexicon/gazetteer.js';
import { FINAL_ABBREVIATIONS, SENTENCE_OPENERS } from '../lexicon/words.js';
import type { Quote } from './quotes.js';
import type { Token } from './tokens.js';

export interface Sentence {
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  paragraph: number;
  /** A headline written in title case ("Minister Says Talks Have Failed"): capitals say nothing. */
  titleCase: boolean;
}

/** Short words that title case leaves in lower case ("Talks Fail in Geneva"). */
const TITLE_CASE_LOWER = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'but',
  'by',
  'as',
  'vs',
  'via',
  'with',
  'from',
]);

/**
 * A heading in title case ("Minister Says Talks Have Failed", "Storm Warning Issued for Coast."):
 * no word in lower case but the short ones title case spares, and enough capitalised longer words
 * (six when a period closes it, as it closes a sentence full of names).
 */
export function isTitleCase(tokens: readonly Token[], tokenStart: number, tokenEnd: number): boolean {
  if (tokenEnd <= tokenStart) return false;
  const closed = /^[.!?"'”’)]$/.test(tokens[tokenEnd - 1]!.text);
  let long = 0;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const w = tokens[i]!;
    if (w.kind !== 'word') continue;
    if (!w.cap && /^\p{Ll}/u.test(w.text) && !TITLE_CASE_LOWER.has(w.lower)) return false;
    if (w.cap && w.text.length > 3) long++;
  }
  return long >= (closed ? 6 : 3);
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set([')', ']']);

/** Can the token start a sentence? */
function opensSentence(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.kind === 'quote' || t.text === '(' || t.kind === 'number' || t.kind === 'dash') return true;
  return t.kind === 'word' && t.cap;
}

export function splitSentences(
  tokens: Token[],
  from: number,
  to: number,
  paragraph: number,
  quoteAt: Int32Array,
  quotes: Quote[],
): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const push = (end: number) => {
    if (end > start)
      out.push({
        tokenStart: start,
        tokenEnd: end,
        start: tokens[start]!.start,
        end: tokens[end - 1]!.end,
        paragraph,
        titleCase: isTitleCase(tokens, start, end),
      });
    start = end;
  };
  // "(R-S.C.)", "(see p. 4)": no sentence ends inside a parenthesis.
  let parens = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === '(' && closesSoon(tokens, i, to)) parens++;
    else if (t.text === ')' && parens > 0) parens--;
    if (parens > 0 && quoteAt[i]! < 0) continue;
    const terminal = TERMINATORS.has(t.text) && t.kind === 'punct';
    const abbreviation = t.kind === 'word' && t.text.endsWith('.');
    if (!terminal && !abbreviation) continue;
    // After the terminator: closing brackets and the mark that closes the quote holding it.
    let j = i + 1;
    const q = quoteAt[i]!;
    if (q >= 0) {
      // Inside a quote: a sentence may end only where the quote closes right after it.
      const quote = quotes[q]!;
      if (!(quote.closed && quote.last === j)) continue;
      j++;
      // ""…right?" Dahl said.": a name and a cue after the quote finish its sentence. After a
      // period only an inverted cue does (""… ." said X"); ""… ." He added" starts a new one.
      const inverted = j < to && !tokens[j]!.cap && Boolean(CUE_FORMS.matchAt(tokens, j, to));
      if (t.text === '.' ? inverted : attributionFollows(tokens, j, to)) continue;
    }
    while (j < to && CLOSERS.has(tokens[j]!.text)) j++;
    const next = tokens[j];
    if (j < to && !opensSentence(next)) continue;
    if (abbreviation) {
      // "Sen." never ends a sentence; "Inc." or "U.S." may, before a word that opens one.
      const bare = t.text.slice(0, -1);
      const mayEnd = FINAL_ABBREVIATIONS.has(bare) || /^(?:\p{L}\.)+$/u.test(t.text);
      if (!mayEnd || (j < to && !(next!.kind === 'quote' || SENTENCE_OPENERS.has(next!.text)))) continue;
    } else if (t.text === '.') {
      // An initial ("John F. Kennedy") ends no sentence.
      const prev = tokens[i - 1];
      if (prev && prev.end === t.start && /^\p{Lu}$/u.test(prev.text) && next?.kind === 'word' && next.cap)
        continue;
      // "R-S.C.", "D-N.Y.": an initialism goes on with a single capital and its period.
      if (
        prev &&
        prev.end === t.start &&
        /\p{Lu}$/u.test(prev.text) &&
        /^\p{Lu}$/u.test(next?.text ?? '') &&
        tokens[j + 1]?.text === '.'
      )
        continue;
    }
    push(j);
    i = j - 1;
  }
  push(to);
  return out;
}

/** A parenthesis opened at `i` that closes within a short span (an unclosed one is a typo). */
function closesSoon(tokens: Token[], i: number, to: number): boolean {
  let depth = 0;
  for (let k = i + 1; k < Math.min(i + 40, to); k++) {
    if (tokens[k]!.text === '(') depth++;
    else if (tokens[k]!.text === ')' && depth-- === 0) return true;
  }
  return false;
}

/** A short name (capitalised words) and then a cue right after token `j`: "Gov. X said". */
function attributionFollows(tokens: Token[], j: number, to: number): boolean {
  let apposition = false;
  for (let k = j; k < Math.min(j + 25, to); k++) {
    const t = tokens[k]!;
    // A cue is written in lower case here ("The Buckeye State is …" names a state).
    if (k > j && !t.cap && CUE_FORMS.matchAt(tokens, k, to)) return true;
    // "…?" Miller, a retired worker, said …": an apposition between the name and its cue.
    if (t.text === ',' && k > j) {
      apposition = true;
      continue;
    }
    if (apposition) {
      if (t.kind === 'quote' || /^[.!?]$/.test(t.text)) return false;
      continue;
    }
    if (k - j >= 7) return false;
    if (!(t.kind === 'word' && (t.cap || /^(?:the|a|an|of)$/.test(t.lower))) && !(t.text === '.' && k > j))
      return false;
  }
  return false;
}
